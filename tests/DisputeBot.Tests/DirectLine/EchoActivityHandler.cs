using System.Collections.Concurrent;
using System.Text.Json;
using DisputeBot.Channels.BotFramework;
using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Tests.DirectLine;

/// <summary>A stand-in bot: greets on conversationUpdate, echoes text with one suggested action, counts files, and
/// remembers every activity it was given.</summary>
public sealed class EchoActivityHandler : IActivityHandler
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    /// <summary>When set, the handler waits for it before answering (to hold a turn open).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public async Task<IReadOnlyList<Activity>> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        Received.Enqueue(activity);
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            return [Reply(activity, "Hello! Did your package arrive?", "Yes", "No")];
        }

        if (activity.Attachments is { Count: > 0 } files)
        {
            return [Reply(activity, $"Got {files.Count} file(s): {string.Join(", ", files.Select(f => f.Name))}")];
        }

        if (activity.Text == "crash")
        {
            throw new InvalidOperationException("The stand-in bot was asked to fail.");
        }

        return [Reply(activity, "You said: " + activity.Text, "Again")];
    }

    private static Activity Reply(Activity incoming, string text, params string[] choices) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Locale = incoming.Locale,
        SuggestedActions = choices.Length == 0
            ? null
            : new SuggestedActions { Actions = [.. choices.Select(c => new CardAction { Type = "imBack", Title = c, Value = JsonSerializer.SerializeToElement(c) })] },
    };
}
