using System.Diagnostics;
using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Channels;

/// <summary>
/// The messages the bot sent to one Telegram chat since the shopper's last turn began. A turn arms it (<see cref="Rotate"/>)
/// and waits for its first message; messages that follow belong to the same turn until the next one begins.
/// </summary>
internal sealed class ChatInbox
{
    private readonly Lock _gate = new();
    private List<BotMessage> _messages = [];
    private TaskCompletionSource<long> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _messages.Count;
            }
        }
    }

    /// <summary>Ends the current turn: returns its messages and arms the wait for the next turn's first message.</summary>
    public (List<BotMessage> Previous, Task<long> NextFirst) Rotate()
    {
        lock (_gate)
        {
            var previous = _messages;
            _messages = [];
            _first = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            return (previous, _first.Task);
        }
    }

    /// <summary>The armed wait of the current turn.</summary>
    public Task<long> FirstMessage
    {
        get
        {
            lock (_gate)
            {
                return _first.Task;
            }
        }
    }

    public void Add(BotMessage message)
    {
        TaskCompletionSource<long> first;
        lock (_gate)
        {
            _messages.Add(message);
            first = _first;
        }

        first.TrySetResult(Stopwatch.GetTimestamp());
    }
}
