using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>
/// The language a buyer is answered in: the channel's at first, the one they write in, the one they pick with
/// /language; their facts stay when it changes. Played on the English content plus a marked copy of it as "ru", so the
/// choice is visible whatever packs dialogs/ holds.
/// </summary>
public sealed class LanguageChoiceTranscripts : IDisposable
{
    private readonly TempDialogs _dialogs = new();
    private readonly KnowledgeBase _knowledge;

    public LanguageChoiceTranscripts()
    {
        _dialogs.AddLanguage("ru");
        _dialogs.CopyRules();
        var messages = _dialogs.Read("ru/messages.yaml")
            .Replace("greeting: |-\n  Hi, I'm DisputeBot.", "greeting: |-\n  RU Hi, I'm DisputeBot.", StringComparison.Ordinal)
            .Replace("language.name: \"English\"", "language.name: \"Русский\"", StringComparison.Ordinal)
            .Replace("language.switched: \"OK, let's continue in English.\"", "language.switched: \"RU switched\"", StringComparison.Ordinal)
            .Replace("ask.arrival: \"", "ask.arrival: \"RU ", StringComparison.Ordinal);
        _dialogs.Write("ru/messages.yaml", messages);
        _knowledge = KnowledgeLoader.Load(_dialogs.Directory);
    }

    public void Dispose() => _dialogs.Dispose();

    [Fact]
    public void A_telegram_user_whose_app_speaks_russian_is_greeted_in_russian()
    {
        new Transcript(locale: "ru", knowledge: _knowledge).Play("> /start", "< RU Hi, I'm DisputeBot.*", "< ? RU *");
    }

    [Fact]
    public void A_channel_speaking_a_language_the_bot_lacks_gets_english()
    {
        new Transcript(locale: "ko-KR", knowledge: _knowledge).Play("> /start", "< Hi, I'm DisputeBot.*", "< ? First: *");
    }

    [Fact]
    public void A_buyer_writing_russian_on_an_english_channel_is_answered_in_russian_and_keeps_their_facts()
    {
        var chat = new Transcript(locale: "en-US", knowledge: _knowledge).Play(
            "> /start", "< Hi, I'm DisputeBot.*", "< ? First: did your package arrive? [yes|no|partly]");
        chat.Say("no");
        Assert.Equal(Arrival.No, chat.State!.Arrival);

        chat.Say("моя посылка так и не пришла");

        Assert.Equal("ru", chat.State!.Language);
        Assert.Equal(Arrival.No, chat.State.Arrival);
    }

    [Fact]
    public void Language_lists_every_language_by_its_own_name()
    {
        var chat = new Transcript(knowledge: _knowledge).Play("> /start", "< *", "< ? *", "> /language", "< ? Which language shall we use?*");

        var choices = Assert.IsType<ChoicesReply>(Assert.Single(chat.LastReplies));
        Assert.Equal(["English", "Русский"], choices.Choices.Select(c => c.Label));
    }

    [Fact]
    public void Pressing_a_language_switches_to_it_and_asks_the_open_question_again_with_the_facts_kept()
    {
        var chat = new Transcript(knowledge: _knowledge).Play("> /start", "< *", "< ? *").Say("yes");
        chat.Play(
            "> /language", "< ? Which language shall we use?* [language_en|language_ru]",
            "> [language_ru]", "< RU switched", "< ? *");

        Assert.Equal("ru", chat.State!.Language);
        Assert.True(chat.State.LanguageChosen);
        Assert.Equal(Arrival.Yes, chat.State.Arrival);
    }

    [Fact]
    public void A_language_typed_after_the_command_by_tag_or_name_switches_at_once()
    {
        var chat = new Transcript(knowledge: _knowledge).Play("> /start", "< *", "< ? *", "> /language русский", "< RU switched", "< ? RU *");
        Assert.Equal("ru", chat.State!.Language);

        chat.Play("> /language en", "< OK, let's continue in English.", "< ? First: *");
        Assert.Equal("en", chat.State!.Language);
    }

    [Theory]
    [InlineData("Polski", "pl")]
    [InlineData("polski", "pl")]
    [InlineData("русский", "ru")]
    [InlineData("español", "es")]
    [InlineData("espanol", "es")]
    [InlineData("português", "pt-BR")]
    [InlineData("portugues", "pt-BR")]
    [InlineData("Português (Brasil)", "pt-BR")]
    [InlineData("français", "fr")]
    [InlineData("francais", "fr")]
    public void A_language_typed_by_its_own_name_with_or_without_accents_or_region_switches_to_it(string name, string language)
    {
        var chat = new Transcript(knowledge: RealKnowledge.Base).Play("> /start", "< *", "< ? *");

        chat.Say("/language " + name);

        Assert.Equal(language, chat.State!.Language);
    }

    [Fact]
    public void A_language_picked_with_the_command_stays_whatever_the_buyer_writes()
    {
        var chat = new Transcript(locale: "ru", knowledge: _knowledge).Play(
            "> /start", "< RU *", "< ? RU *",
            "> /language en", "< OK, let's continue in English.", "< ? First: *",
            "> моя посылка не пришла", "< Sorry, I can't read that language yet.*", "< ? First: *");

        Assert.Equal("en", chat.State!.Language);
    }

    [Fact]
    public void The_dispute_text_is_in_english_with_the_translation_below_it()
    {
        var chat = new Transcript(locale: "ru", knowledge: _knowledge).Play("> /start", "< *", "< ? *", "> /language ru", "< *", "< ? *");
        chat.Say("the box came empty").Say("/summary");

        var card = chat.LastReplies.OfType<CardReply>().Single();
        var english = _knowledge.For("en").Messages;
        var description = card.Sections.Single(s => s.Heading == english["summary.description"]);
        Assert.True(description.Copyable);
        Assert.Contains("The package I received was empty.", description.Lines[0], StringComparison.Ordinal);
        var translation = card.Sections.Single(s => s.Heading == english["summary.description_translation"]);
        Assert.False(translation.Copyable);
        Assert.Equal(card.Sections.ToList().IndexOf(description) + 1, card.Sections.ToList().IndexOf(translation));
    }
}
