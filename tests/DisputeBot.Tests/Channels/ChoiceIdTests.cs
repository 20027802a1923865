using System.Text.Json;
using DisputeBot.Channels;
using DisputeBot.Channels.BotFramework;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Tests.Channels;

/// <summary>Every channel takes a pressed button's choice id by the same rule.</summary>
public sealed class ChoiceIdTests
{
    public static TheoryData<string, bool> Ids => new()
    {
        { "empty_package", true },
        { "faq_12", true },
        { new string('a', ChoiceId.MaxLength), true },
        { new string('a', ChoiceId.MaxLength + 1), false },
        { "", false },
        { "Yes", false },
        { "not-yet", false },
        { "a b", false },
        { "ja\u0301", false },
    };

    [Theory]
    [MemberData(nameof(Ids))]
    public void Telegram_and_bot_framework_accept_the_same_choice_ids(string id, bool valid)
    {
        Assert.Equal(valid, ChoiceId.IsValid(id));
        Assert.Equal(valid, TelegramCallbackData.TryParse("3:" + id, out _, out _));
        Assert.Equal(valid, TelegramCallbackData.Format(3, id) is not null);
        Assert.Equal(valid, ActivityInputReader.ReadMessage(PressOf(id)) is ChoiceInput);
    }

    [Fact]
    public void Every_choice_id_the_dialog_offers_fits_telegrams_callback_data_with_the_largest_prompt()
    {
        Assert.NotNull(TelegramCallbackData.Format(int.MaxValue, new string('z', ChoiceId.MaxLength)));
    }

    private static Activity PressOf(string id) => new()
    {
        Type = ActivityTypes.Message,
        Value = JsonSerializer.SerializeToElement(new ChoiceValue { Choice = id, Prompt = 3 }, BotFrameworkJson.Context.ChoiceValue),
    };
}
