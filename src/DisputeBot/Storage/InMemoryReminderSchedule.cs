using DisputeBot.Turns;

namespace DisputeBot.Storage;

/// <summary>The reminder schedule in this process, beside <see cref="InMemoryConversationStore"/>: same rules as the
/// Redis schedule (wake-ups only move earlier, claims are leased, a finish yields to a newer wake-up).</summary>
public sealed class InMemoryReminderSchedule : IReminderSchedule
{
    private readonly Dictionary<ConversationKey, Slot> _slots = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _slots.Count;
            }
        }
    }

    public Task WakeAsync(ConversationKey key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _slots[key] = _slots.TryGetValue(key, out var slot)
                ? slot with { WakeAt = at < slot.WakeAt ? at : slot.WakeAt, Version = slot.Version + 1 }
                : new Slot(at, 1, DateTimeOffset.MinValue);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReminderClaim>> ClaimDueAsync(DateTimeOffset now, int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        var claimed = new List<ReminderClaim>();
        lock (_gate)
        {
            foreach (var (key, slot) in _slots.Where(s => s.Value.WakeAt <= now && s.Value.LeasedUntil <= now).OrderBy(s => s.Value.WakeAt).Take(limit).ToList())
            {
                _slots[key] = slot with { LeasedUntil = now + lease };
                claimed.Add(new ReminderClaim(key, slot.Version));
            }
        }

        return Task.FromResult<IReadOnlyList<ReminderClaim>>(claimed);
    }

    public Task FinishAsync(ReminderClaim claim, DateTimeOffset? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        lock (_gate)
        {
            if (!_slots.TryGetValue(claim.Key, out var slot))
            {
                return Task.CompletedTask;
            }

            if (slot.Version == claim.Version)
            {
                if (next is { } at)
                {
                    _slots[claim.Key] = slot with { WakeAt = at, LeasedUntil = DateTimeOffset.MinValue };
                }
                else
                {
                    _slots.Remove(claim.Key);
                }
            }
            else
            {
                // Woken meanwhile: that wake-up may hold reminders this claim's turn did not see.
                _slots[claim.Key] = slot with { WakeAt = next is { } at && at < slot.WakeAt ? at : slot.WakeAt, LeasedUntil = DateTimeOffset.MinValue };
            }
        }

        return Task.CompletedTask;
    }

    private sealed record Slot(DateTimeOffset WakeAt, long Version, DateTimeOffset LeasedUntil);
}
