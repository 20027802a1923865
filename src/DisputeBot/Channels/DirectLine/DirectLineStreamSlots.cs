namespace DisputeBot.Channels.DirectLine;

/// <summary>Counts the WebSocket streams this instance holds open per conversation (the limit is per instance).</summary>
internal sealed class DirectLineStreamSlots
{
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);

    public bool TryOpen(string conversationId, int limit)
    {
        lock (_open)
        {
            _open.TryGetValue(conversationId, out var open);
            if (open >= limit)
            {
                return false;
            }

            _open[conversationId] = open + 1;
            return true;
        }
    }

    public void Close(string conversationId)
    {
        lock (_open)
        {
            if (_open.TryGetValue(conversationId, out var open) && open > 1)
            {
                _open[conversationId] = open - 1;
            }
            else
            {
                _open.Remove(conversationId);
            }
        }
    }
}
