using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DisputeBot.Channels.Telegram.Rendering;

namespace DisputeBot.Tests.Telegram;

/// <summary>
/// A buyer's whole dispute through the telegram-test-api emulator with the real dispute dialog and the real dialogs/
/// content. Wording may change, so the checks are on structure: choice ids on the buttons, the ⚠️ marker of warnings,
/// bold titles, copyable blocks, edits of pressed keyboards.
/// </summary>
public sealed partial class TelegramWholeDisputeTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>
{
    private static readonly string[] ReceivedProblems =
        ["damaged", "not_as_described", "quality", "quantity_shortage", "empty_package", "counterfeit", "wrong_item", "shipping_method", "missing_parts"];

    private static readonly string[] NotReceivedProblems =
        ["in_transit", "no_tracking", "customs", "returned_to_seller", "wrong_address", "delivered_not_received"];

    [Fact]
    public async Task A_buyer_with_an_empty_box_is_coached_from_start_to_summary()
    {
        const long chat = 3001;
        using var host = Host();

        // /start: a greeting, then "did the package arrive?" with yes / no / partly, in one message.
        await emulator.SendCommandAsync(chat, "/start");
        var messages = await WaitForQuestionAsync(chat, 0, "yes");
        var arrival = Assert.Single(messages);
        Assert.True(arrival.Text.IndexOf("\n\n", StringComparison.Ordinal) > 0, "a greeting comes before the first question");
        Assert.Equal(["yes", "no", "partly"], arrival.ChoiceIds);

        // Yes → the problem, one button per received-problem category.
        await emulator.PressAsync(chat, arrival, arrival.DataFor("yes"));
        messages = await WaitForQuestionAsync(chat, messages.Count, "empty_package");
        var problem = messages[^1];
        Assert.Superset(ReceivedProblems.ToHashSet(), problem.ChoiceIds.ToHashSet());
        AssertMarked(messages, arrival);

        // Free text instead of a button, then the protection timer question.
        await emulator.SendTextAsync(chat, "the box came empty");
        messages = await WaitForQuestionAsync(chat, messages.Count, "no_timer");
        var timer = messages[^1];

        // A pasted seller offer: a warning, then the same question again.
        var beforeOffer = messages.Count;
        await emulator.SendTextAsync(chat, "Dear friend, please close the dispute and we will resend a new one");
        messages = await WaitForQuestionAsync(chat, beforeOffer, "no_timer");
        var afterOffer = messages.Skip(beforeOffer).ToList();
        Assert.StartsWith("⚠️ <b>", afterOffer[0].Text, StringComparison.Ordinal);
        Assert.Equal(timer.ChoiceIds, afterOffer[^1].ChoiceIds);

        // Dates in words, then payment by buttons, then "no dispute opened yet".
        await emulator.SendTextAsync(chat, "12 days left");
        messages = await WaitForQuestionAsync(chat, messages.Count, null);
        await emulator.SendTextAsync(chat, "3 days ago");
        messages = await WaitForQuestionAsync(chat, messages.Count, "card");
        await PressAsync(chat, messages[^1], "card");
        messages = await WaitForQuestionAsync(chat, messages.Count, "dont_know");
        await PressAsync(chat, messages[^1], "dont_know");
        messages = await WaitForQuestionAsync(chat, messages.Count, "not_yet");
        var beforeDeadlines = messages.Count;
        await PressAsync(chat, messages[^1], "not_yet");

        // The deadlines card and the evidence checklist, with a "done" button.
        messages = await WaitForQuestionAsync(chat, beforeDeadlines, "done");
        var step = messages.Skip(beforeDeadlines).ToList();
        Assert.Contains(step, m => m.Text.StartsWith("<b>", StringComparison.Ordinal) && m.Text.Contains("\n\n<b>", StringComparison.Ordinal));
        Assert.Contains(step, m => m.Text.Contains('⬜', StringComparison.Ordinal));
        Assert.True(messages[^1].ChoiceIds.Count >= 2);

        // A photo sent in chat ticks an item; at 3.5 MB it is over the form's limit, so the dialog warns.
        var beforePhoto = messages.Count;
        await emulator.SendMediaAsync(chat, "photo", new JsonArray(
            new JsonObject { ["file_id"] = "small", ["width"] = 320, ["height"] = 240, ["file_size"] = 20_000 },
            new JsonObject { ["file_id"] = "large", ["width"] = 4000, ["height"] = 3000, ["file_size"] = 3_500_000 }));
        messages = await WaitForQuestionAsync(chat, beforePhoto, "done");
        var afterPhoto = messages.Skip(beforePhoto).ToList();
        Assert.Contains(afterPhoto, m => m.Text.StartsWith("⚠️ <b>", StringComparison.Ordinal) && m.Text.Contains("3.3", StringComparison.Ordinal));

        // A picture in a format the form refuses, sent as a file: another warning.
        var beforeDocument = messages.Count;
        await emulator.SendMediaAsync(chat, "document", new JsonObject { ["file_id"] = "doc", ["file_name"] = "label.webp", ["mime_type"] = "image/webp", ["file_size"] = 90_000 });
        messages = await WaitForQuestionAsync(chat, beforeDocument, "done");
        Assert.Contains(messages.Skip(beforeDocument), m => m.Text.StartsWith("⚠️ <b>", StringComparison.Ordinal) && m.Text.Contains("webp", StringComparison.Ordinal));

        // Done → the summary card with a copyable description.
        var beforeSummary = messages.Count;
        await PressAsync(chat, messages[^1], "done");
        messages = await WaitForQuestionAsync(chat, beforeSummary, "restart");
        var summary = Assert.Single(messages.Skip(beforeSummary), m => m.Text.Contains("<pre>", StringComparison.Ordinal));
        Assert.StartsWith("<b>", summary.Text, StringComparison.Ordinal);
        Assert.Contains("</pre>", summary.Text, StringComparison.Ordinal);

        // /summary at any time shows the card again.
        var beforeCommand = messages.Count;
        await emulator.SendCommandAsync(chat, "/summary");
        messages = await emulator.WaitForAsync(chat, m => m.Skip(beforeCommand).Any(x => x.Text.Contains("<pre>", StringComparison.Ordinal)), "the summary card again");

        AssertWellFormed(messages);
    }

    [Fact]
    public async Task A_parcel_that_never_came_is_handled_by_buttons_and_an_old_keyboard_press_is_answered_gracefully()
    {
        const long chat = 3002;
        using var host = Host();

        await emulator.SendCommandAsync(chat, "/start");
        var messages = await WaitForQuestionAsync(chat, 0, "no");
        var arrival = messages[^1];
        await PressAsync(chat, arrival, "no");
        messages = await WaitForQuestionAsync(chat, messages.Count, "no_tracking");
        Assert.Superset(NotReceivedProblems.ToHashSet(), messages[^1].ChoiceIds.ToHashSet());
        await PressAsync(chat, messages[^1], "no_tracking");
        messages = await WaitForQuestionAsync(chat, messages.Count, "no_timer");
        var timer = messages[^1];

        // The first keyboard again (its buttons already gone in a real client; a stale client may still show them).
        var beforeOld = messages.Count;
        await emulator.PressAsync(chat, arrival, "1:yes");
        messages = await WaitForQuestionAsync(chat, beforeOld, "no_timer");
        Assert.Equal(timer.ChoiceIds, messages[^1].ChoiceIds);
        Assert.DoesNotContain(messages.Skip(beforeOld), m => m.ChoiceIds.SequenceEqual(["yes", "no", "partly"]));

        await PressAsync(chat, messages[^1], "no_timer");
        await WaitForQuestionAsync(chat, messages.Count, null);

        AssertWellFormed(await emulator.BotMessagesAsync(chat));
    }

    private TelegramHostFactory Host()
    {
        var host = new TelegramHostFactory(new()
        {
            ["Telegram:ApiRoot"] = emulator.ApiRoot.ToString(),
            ["Dialogs:Path"] = Path.Combine(TelegramEmulator.RepositoryRoot(), "dialogs"),
        }) { UseRealDialog = true };
        _ = host.Services;
        return host;
    }

    private async Task PressAsync(long chat, TelegramEmulatedMessage question, string choiceId) =>
        await emulator.PressAsync(chat, question, question.DataFor(choiceId));

    /// <summary>Waits for a new question (a message with buttons, after the first <paramref name="known"/>
    /// messages) offering <paramref name="choiceId"/> (any question when null).</summary>
    private Task<IReadOnlyList<TelegramEmulatedMessage>> WaitForQuestionAsync(long chat, int known, string? choiceId) =>
        emulator.WaitForAsync(
            chat,
            m => m.Count > known && m[^1].Buttons.Count > 0 && (choiceId is null || m[^1].ChoiceIds.Contains(choiceId)),
            choiceId is null ? "a question" : $"a question offering '{choiceId}'");

    /// <summary>A pressed question keeps its text, and its buttons give way to one inert button showing the choice.</summary>
    private static void AssertMarked(IReadOnlyList<TelegramEmulatedMessage> messages, TelegramEmulatedMessage pressed)
    {
        var now = messages.Single(m => m.MessageId == pressed.MessageId);
        Assert.Equal(pressed.Text, now.Text);
        var shown = Assert.Single(now.Buttons);
        Assert.StartsWith("✔️ ", shown.Text, StringComparison.Ordinal);
        Assert.Equal(TelegramCallbackData.Inert, shown.Data);
    }

    private static void AssertWellFormed(IReadOnlyList<TelegramEmulatedMessage> messages)
    {
        Assert.All(messages, m => Assert.Equal("HTML", m.ParseMode, ignoreCase: true));
        Assert.All(messages, m => Assert.InRange(m.Text.Length, 1, TelegramHtmlSplitter.MaxMessageLength));
        Assert.All(messages.SelectMany(m => m.Buttons).Where(b => b.Data != TelegramCallbackData.Inert), b =>
        {
            Assert.InRange(Encoding.UTF8.GetByteCount(b.Data), 1, 64);
            Assert.Matches(CallbackData(), b.Data);
        });
        Assert.All(messages, m => Assert.DoesNotMatch(UnknownTag(), m.Text));
    }

    [GeneratedRegex("^[0-9]+:[a-z0-9_]+$")]
    private static partial Regex CallbackData();

    /// <summary>Any tag but the few the renderer writes means unescaped text got through.</summary>
    [GeneratedRegex("<(?!/?(b|pre)>)")]
    private static partial Regex UnknownTag();
}
