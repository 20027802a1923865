using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Load;

/// <summary>Plays one turn of a shopper against a server over its protocol (floor, Bot Framework, Telegram).</summary>
internal interface ITurnDriver
{
    string Name { get; }

    /// <summary>How many server instances the turns are spread over (round robin, no affinity).</summary>
    int Instances { get; }

    /// <summary>Brings the shopper's view of the conversation up to date before it picks its next action.</summary>
    void Prepare(Shopper shopper)
    {
    }

    /// <summary>Sends the shopper's next turn to <paramref name="instance"/> and waits for its reply.</summary>
    Task<TurnOutcome> RunTurnAsync(Shopper shopper, int instance, CancellationToken cancellationToken);

    /// <summary>Sends the shopper's last turn again to <paramref name="instance"/>, as a redelivery (a webhook retry,
    /// a load balancer retrying on another instance), and tells whether it was answered again.</summary>
    Task<bool> RedeliverAsync(Shopper shopper, int instance, CancellationToken cancellationToken);
}
