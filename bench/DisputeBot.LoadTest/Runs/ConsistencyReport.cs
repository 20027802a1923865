using DisputeBot.LoadTest.Redis;
using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Runs;

/// <summary>
/// Whether every turn sent was stored exactly once: each conversation's stored record remembers fingerprints of the
/// update ids of its last 16 turns (a dispute is played in at most 16), which must equal those of the ids the shopper
/// sent, in order.
/// </summary>
internal sealed record ConsistencyReport(
    int Conversations,
    int Consistent,
    int Uncertain,
    int MissingRecords,
    int LostTurns,
    int DoubledTurns,
    int OutOfOrder,
    int RecordsWithoutIds)
{
    public bool Holds => MissingRecords == 0 && LostTurns == 0 && DoubledTurns == 0 && OutOfOrder == 0 && Consistent + Uncertain == Conversations;

    public static ConsistencyReport Check(IEnumerable<Shopper> shoppers, IReadOnlyList<StoredConversation> stored)
    {
        var owners = new Dictionary<string, Shopper>(StringComparer.Ordinal);
        var played = shoppers.Where(s => s.Turns > 0).ToList();
        foreach (var shopper in played)
        {
            foreach (var id in shopper.SentUpdateIds)
            {
                owners[Fingerprint(id)] = shopper;
            }
        }

        var recordOf = new Dictionary<Shopper, IReadOnlyList<string>>();
        var withoutIds = 0;
        foreach (var record in stored)
        {
            var ids = record.UpdateIds;
            var owner = ids.Select(id => owners.GetValueOrDefault(id)).FirstOrDefault(o => o is not null);
            if (owner is null)
            {
                withoutIds++;
                continue;
            }

            recordOf[owner] = ids;
        }

        int consistent = 0, uncertain = 0, missing = 0, lost = 0, doubled = 0, outOfOrder = 0;
        foreach (var shopper in played)
        {
            var expected = shopper.SentUpdateIds.TakeLast(Shopper.MaxTurns).Select(Fingerprint).ToList();
            if (!recordOf.TryGetValue(shopper, out var actual))
            {
                if (shopper.UncertainTurns > 0)
                {
                    uncertain++;
                }
                else
                {
                    missing++;
                }

                continue;
            }

            var dup = actual.Count - actual.Distinct(StringComparer.Ordinal).Count();
            doubled += dup;
            if (shopper.UncertainTurns > 0)
            {
                // A turn that timed out may or may not have been stored; only doubling is certain to be wrong.
                uncertain++;
                continue;
            }

            var missingIds = expected.Except(actual, StringComparer.Ordinal).Count();
            lost += missingIds;
            if (missingIds == 0 && dup == 0 && actual.SequenceEqual(expected, StringComparer.Ordinal))
            {
                consistent++;
            }
            else if (missingIds == 0 && dup == 0)
            {
                outOfOrder++;
            }
        }

        return new ConsistencyReport(played.Count, consistent, uncertain, missing, lost, doubled, outOfOrder, withoutIds);
    }

    public override string ToString() =>
        $"{Consistent}/{Conversations} conversations hold exactly the turns sent"
        + (Uncertain > 0 ? $", {Uncertain} with a failed turn (not judged)" : "")
        + $"; lost turns {LostTurns}, doubled turns {DoubledTurns}, missing records {MissingRecords}, out of order {OutOfOrder}"
        + (RecordsWithoutIds > 0 ? $", {RecordsWithoutIds} records with no known update id" : "");

    /// <summary>The stored form of an update id: its fingerprint, as the JSON number's text.</summary>
    private static string Fingerprint(string updateId) =>
        DisputeBot.Turns.UpdateFingerprint.Of(updateId).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
