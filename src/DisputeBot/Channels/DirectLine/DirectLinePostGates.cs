namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// Runs the posts to one conversation that reach this instance one after another, so its turns keep their order. A
/// gate exists only while someone holds or waits for it. (Posts to one conversation through two instances may
/// interleave; the turn pipeline's ETags keep its state right, and each append is atomic.)
/// </summary>
internal sealed class DirectLinePostGates
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the conversation's gate; dispose the result to let the next post in.</summary>
    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(conversationId, out gate!))
            {
                gate = new Gate(this, conversationId);
                _gates[conversationId] = gate;
            }

            gate.Users++;
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(gate);
            throw;
        }

        return gate;
    }

    private void Leave(Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(gate.ConversationId);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate(DirectLinePostGates owner, string conversationId) : IDisposable
    {
        public string ConversationId { get; } = conversationId;

        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }

        public void Dispose()
        {
            Semaphore.Release();
            owner.Leave(this);
        }
    }
}
