using System.Collections.Concurrent;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// Conversation engines of one language, each with its state machine configured once, lent to one turn at a time.
/// A small bag rather than Microsoft.Extensions.ObjectPool, which a plain class library does not get from its shared
/// framework. The bag grows to the number of turns run at once and no further.
/// </summary>
internal sealed class EnginePool(Func<DisputeConversation> create)
{
    private readonly ConcurrentBag<DisputeConversation> _idle = [];

    public DialogResult Run(DialogState state, Turn turn, DateTimeOffset now)
    {
        var engine = _idle.TryTake(out var idle) ? idle : create();
        try
        {
            return engine.Run(state, turn, now);
        }
        finally
        {
            _idle.Add(engine);
        }
    }
}
