using System.Collections.Concurrent;

namespace DisputeBot.LoadTest.Shoppers;

/// <summary>
/// The shoppers in the middle of a dispute. Workers take one, play its next turn and put it back at the end, so a
/// shopper's turns are spaced out by everyone else's (as people's are), and every turn hits a different
/// conversation. A finished shopper is replaced by a new one.
/// </summary>
internal sealed class ShopperPool
{
    private readonly ConcurrentQueue<Shopper> _active = new();
    private readonly ConcurrentBag<Shopper> _all = [];
    private readonly Random _random;
    private readonly Lock _randomGate = new();
    private readonly string _runTag;
    private readonly int? _turnsPerShopper;
    private readonly bool _keepAll;
    private int _next;
    private int _finished;

    /// <param name="turnsPerShopper">Cuts every dispute short after this many turns (the memory run's short conversations).</param>
    /// <param name="keepAll">Keeps every shopper for the check after the run (off for the memory run's 100,000).</param>
    public ShopperPool(int size, string runTag, int seed, int? turnsPerShopper = null, bool keepAll = true)
    {
        _runTag = runTag;
        _turnsPerShopper = turnsPerShopper;
        _keepAll = keepAll;
        _random = new Random(seed);
        for (var i = 0; i < size; i++)
        {
            _active.Enqueue(NewShopper());
        }
    }

    public int Finished => Volatile.Read(ref _finished);

    public IReadOnlyCollection<Shopper> All => _all;

    /// <summary>The next shopper and the action it takes now (a finished shopper is swapped for a new one).</summary>
    public (Shopper Shopper, ShopperAction Action) Take(Action<Shopper> prepare)
    {
        while (true)
        {
            if (!_active.TryDequeue(out var shopper))
            {
                shopper = NewShopper();
            }

            prepare(shopper);
            var action = shopper.Turns >= (_turnsPerShopper ?? int.MaxValue) ? null : ShopperScript.Next(shopper);
            if (action is not null)
            {
                shopper.LastAction = action;
                return (shopper, action);
            }

            shopper.Finished = true;
            Interlocked.Increment(ref _finished);
            _active.Enqueue(NewShopper());
        }
    }

    public void Return(Shopper shopper) => _active.Enqueue(shopper);

    private Shopper NewShopper()
    {
        ShopperPlan plan;
        lock (_randomGate)
        {
            plan = ShopperPlan.Draw(_random);
        }

        var shopper = new Shopper(Interlocked.Increment(ref _next), plan, _runTag);
        if (_keepAll)
        {
            _all.Add(shopper);
        }

        return shopper;
    }
}
