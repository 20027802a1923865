using System.Text;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Tests.Telegram;

public sealed class TelegramReplyRendererTests
{
    private static readonly string[] CategoryIds =
    [
        "in_transit", "no_tracking", "customs", "returned_to_seller", "wrong_address", "delivered_not_received", "damaged",
        "not_as_described", "quality", "quantity_shortage", "empty_package", "counterfeit", "wrong_item", "shipping_method",
        "missing_parts",
    ];

    private readonly TelegramReplyRenderer _renderer = new(new TelegramRecordingLogger<TelegramReplyRenderer>());

    [Fact]
    public void User_and_content_text_is_escaped_so_no_markup_gets_through()
    {
        var html = _renderer.Render([new TextReply(TelegramScriptedDialog.HostileText)]).Single().Html;

        Assert.Equal("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;", html);
    }

    [Fact]
    public void Every_kind_of_reply_escapes_its_texts()
    {
        var replies = new Reply[]
        {
            new TextReply("a<b", ReplyTone.Warning),
            new ChoicesReply("c&d", [new ReplyChoice("x", "<label>")], 1),
            new ChecklistReply("<t>", [new ChecklistLine("i", "<i>", false)], "<f>"),
            new CardReply("<card>", [new CardSection("<h>", ["<l>"]), new CardSection("<p>", ["<c>"], Copyable: true)]),
        };

        foreach (var message in _renderer.Render(replies))
        {
            var withoutOurTags = message.Html.Replace("<b>", "", StringComparison.Ordinal).Replace("</b>", "", StringComparison.Ordinal)
                .Replace("<pre>", "", StringComparison.Ordinal).Replace("</pre>", "", StringComparison.Ordinal);
            Assert.DoesNotContain('<', withoutOurTags);
            Assert.DoesNotContain('>', withoutOurTags);
        }
    }

    [Fact]
    public void A_warning_starts_with_a_marker_and_a_bold_first_line()
    {
        var html = _renderer.Render([new TextReply("Do not close the dispute.\nKeep <all> talk inside it.", ReplyTone.Warning)]).Single().Html;

        Assert.Equal("⚠️ <b>Do not close the dispute.</b>\nKeep &lt;all&gt; talk inside it.", html);
    }

    [Fact]
    public void A_normal_text_has_no_marker()
    {
        var html = _renderer.Render([new TextReply("Hello\nthere")]).Single().Html;

        Assert.Equal("Hello\nthere", html);
    }

    [Fact]
    public void A_checklist_shows_a_bold_title_ticked_and_open_items_and_its_footer()
    {
        var checklist = new ChecklistReply("Evidence", [new ChecklistLine("photo", "Photo of the box", true), new ChecklistLine("video", "Unboxing video", false)], "1 of 2 done");

        var html = _renderer.Render([checklist]).Single().Html;

        Assert.Equal("<b>Evidence</b>\n✅ Photo of the box\n⬜ Unboxing video\n\n1 of 2 done", html);
    }

    [Fact]
    public void A_card_has_a_bold_title_bold_headings_bullets_and_copyable_text_in_a_pre_block()
    {
        var card = new CardReply("Summary", [new CardSection("Problem", ["Empty package", "Paid & waiting"]), new CardSection("Paste this", ["Line <1>", "Line 2"], Copyable: true)]);

        var html = _renderer.Render([card]).Single().Html;

        Assert.Equal("<b>Summary</b>\n\n<b>Problem</b>\n• Empty package\n• Paid &amp; waiting\n\n<b>Paste this</b>\n<pre>Line &lt;1&gt;\nLine 2</pre>", html);
    }

    [Fact]
    public void Choices_become_an_inline_keyboard_carrying_the_prompt_and_the_choice()
    {
        var choices = new ChoicesReply("Did it arrive?", [new ReplyChoice("yes", "Yes"), new ReplyChoice("no", "No"), new ReplyChoice("partly", "Only part of it arrived")], 7);

        var message = _renderer.Render([choices]).Single();

        Assert.Equal("Did it arrive?", message.Html);
        var rows = message.Keyboard!.InlineKeyboard;
        Assert.All(rows, row => Assert.Single(row));
        Assert.Equal(["7:yes", "7:no", "7:partly"], rows.SelectMany(r => r).Select(b => b.CallbackData));
        Assert.Equal(["Yes", "No", "Only part of it arrived"], rows.SelectMany(r => r).Select(b => b.Text));
    }

    [Fact]
    public void Short_labels_share_rows_two_by_two()
    {
        var choices = new ChoicesReply("?", [new ReplyChoice("yes", "Yes"), new ReplyChoice("no", "No"), new ReplyChoice("partly", "Partly")], 1);

        var rows = _renderer.Render([choices]).Single().Keyboard!.InlineKeyboard;

        Assert.Equal([2, 1], rows.Select(r => r.Count()));
    }

    [Fact]
    public void Every_callback_data_fits_in_64_bytes_even_with_the_largest_prompt_and_longest_ids()
    {
        var longest = new string('z', 40);
        var ids = CategoryIds.Append(longest).Append("done").ToArray();
        var choices = new ChoicesReply("Which?", [.. ids.Select(id => new ReplyChoice(id, id))], int.MaxValue);

        var buttons = _renderer.Render([choices]).Single().Keyboard!.InlineKeyboard.SelectMany(r => r).ToList();

        Assert.Equal(ids.Length, buttons.Count);
        Assert.All(buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.CallbackData!), 1, 64));
        Assert.All(buttons, b => Assert.True(TelegramCallbackData.TryParse(b.CallbackData, out _, out var prompt) && prompt == int.MaxValue));
    }

    [Fact]
    public void A_choice_id_too_long_for_callback_data_is_left_out_and_the_others_kept()
    {
        var choices = new ChoicesReply("Which?", [new ReplyChoice(new string('a', 70), "Too long"), new ReplyChoice("ok", "Fine")], 3);

        var buttons = _renderer.Render([choices]).Single().Keyboard!.InlineKeyboard.SelectMany(r => r).ToList();

        Assert.Equal("3:ok", Assert.Single(buttons).CallbackData);
    }

    [Fact]
    public void A_long_question_is_split_and_its_keyboard_goes_on_the_last_part()
    {
        var text = string.Join("\n\n", Enumerable.Repeat(new string('x', 1000), 9));
        var choices = new ChoicesReply(text, [new ReplyChoice("yes", "Yes")], 1);

        var messages = _renderer.Render([choices]);

        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.InRange(m.Html.Length, 1, TelegramHtmlSplitter.MaxMessageLength));
        Assert.All(messages.SkipLast(1), m => Assert.Null(m.Keyboard));
        Assert.NotNull(messages[^1].Keyboard);
    }

    [Fact]
    public void Replies_keep_their_order_and_share_one_message_up_to_the_question_with_buttons()
    {
        var messages = _renderer.Render([new TextReply("one"), new TextReply("two"), new ChoicesReply("three", [new ReplyChoice("a", "A")], 1), new TextReply("four")]);

        Assert.Equal(["one\n\ntwo\n\nthree", "four"], messages.Select(m => m.Html));
        Assert.NotNull(messages[0].Keyboard);
        Assert.Null(messages[1].Keyboard);
    }

    [Fact]
    public void A_card_is_a_message_of_its_own_between_the_replies_around_it()
    {
        var card = new CardReply("Summary", [new CardSection("Deadlines", ["Open a dispute by 1 May"])]);

        var messages = _renderer.Render([new TextReply("Here it is."), card, new TextReply("Anything else?")]);

        Assert.Equal(3, messages.Count);
        Assert.Equal("Here it is.", messages[0].Html);
        Assert.StartsWith("<b>Summary</b>", messages[1].Html, StringComparison.Ordinal);
        Assert.Equal("Anything else?", messages[2].Html);
    }

    [Fact]
    public void Replies_that_would_not_fit_one_message_together_are_sent_apart_and_not_cut()
    {
        var first = new string('a', 3000);
        var second = new string('b', 3000);

        var messages = _renderer.Render([new TextReply(first), new TextReply(second)]);

        Assert.Equal([first, second], messages.Select(m => m.Html));
    }

    [Fact]
    public void An_empty_text_is_not_sent()
    {
        Assert.Empty(_renderer.Render([new TextReply("  ")]));
    }

    [Fact]
    public void A_file_is_a_document_of_its_own_with_its_line_as_the_caption()
    {
        var file = new FileReply("Your <dates>", "aliexpress-deadlines.ics", "text/calendar", [1, 2, 3]);

        var messages = _renderer.Render([new TextReply("Before."), file, new ChoicesReply("Next?", [new ReplyChoice("done", "Done")], 1)]);

        Assert.Equal(3, messages.Count);
        Assert.Null(messages[0].Document);
        Assert.Same(file, messages[1].Document);
        Assert.Equal("Your &lt;dates&gt;", messages[1].Html);
        Assert.NotNull(messages[2].Keyboard);
    }

    [Fact]
    public void A_caption_too_long_for_a_document_goes_just_before_it()
    {
        var caption = new string('x', TelegramReplyRenderer.MaxCaptionLength + 1);

        var messages = _renderer.Render([new FileReply(caption, "a.ics", "text/calendar", [1])]);

        Assert.Equal([caption, ""], messages.Select(m => m.Html));
        Assert.NotNull(messages[1].Document);
    }
}
