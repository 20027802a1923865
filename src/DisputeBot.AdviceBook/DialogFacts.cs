using System.Globalization;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.AdviceBook;

/// <summary>
/// The one place that knows where each fact lives in <see cref="DialogState"/>. The advice book and the provenance
/// check name facts by these keys; when the state's fields change, only this class changes.
/// </summary>
public static class DialogFacts
{
    /// <summary>Every key the advice book may use, with how to read it from the state (null: not known).</summary>
    private static readonly Dictionary<string, Func<DialogState, string?>> Readers = new(StringComparer.Ordinal)
    {
        ["arrival"] = s => s.Arrival?.ToString().ToLowerInvariant(),
        ["category"] = s => s.CategoryId,
        ["timer_end"] = s => Day(s.ProtectionEndsOn),
        ["shipped"] = s => Day(s.ShippedOn),
        ["delivered"] = s => Day(s.DeliveredOn),
        ["paid"] = s => Day(s.PaidOn),
        ["payment"] = s => s.Payment?.ToString().ToLowerInvariant(),
        ["ordered"] = s => s.QuantityOrdered?.ToString(CultureInfo.InvariantCulture),
        ["received"] = s => s.QuantityReceived?.ToString(CultureInfo.InvariantCulture),
        ["dispute_opened"] = s => Day(s.DisputeOpenedOn),
        // Where the dispute stands ("refunded", "open", "closed", "notopened"); a case's "none" says nothing was read,
        // as a seller's pasted "close the dispute" must leave it.
        ["dispute"] = s => s.Dispute?.ToString().ToLowerInvariant(),
        // An unshipped order's cancellation ("asked", "refused", "cancelled") and the day it was asked.
        ["cancel"] = s => s.Cancel?.ToString().ToLowerInvariant(),
        ["cancel_asked"] = s => Day(s.CancelAskedOn),
        ["paid_amount"] = s => Amount(s.PaidAmount),
        ["missing_value"] = s => Amount(s.MissingValue),
        ["offer"] = s => Amount(s.OfferAmount),
        ["offer_percent"] = s => Amount(s.OfferPercent),
        ["currency"] = s => s.Currency,
        ["missing_count"] = s => s.MissingCount?.ToString(CultureInfo.InvariantCulture),
        // The item as the buyer named it, kept as typed ("hoodie size XL black").
        ["item"] = s => s.Item,
        ["item_received"] = s => s.ItemReceived,
        ["looked_around"] = s => s.LookedAround ? "yes" : null,
        // The buyer said the seller does not answer them.
        ["seller_silent"] = s => s.SellerSilent ? "yes" : null,
        // The checklist items ticked, by id in order ("label_photo,unboxing_video").
        ["evidence"] = s => s.EvidenceDone.Count == 0 ? null : string.Join(",", s.EvidenceDone.Order(StringComparer.Ordinal)),
    };

    public static IEnumerable<string> Keys => Readers.Keys;

    /// <summary>The facts the state holds, by key ("2026-12-19" for dates, "card" for enums); unknown ones left out.</summary>
    public static IReadOnlyDictionary<string, string> Read(DialogState? state)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (state is null)
        {
            return facts;
        }

        foreach (var (key, read) in Readers)
        {
            if (read(state) is { } value)
            {
                facts[key] = value;
            }
        }

        return facts;
    }

    /// <summary>The dates among the facts: what the buyer told the bot, as the bot read it.</summary>
    /// <remarks>A date that reads two ways ("05/11") is the buyer's own date in both readings: the bot holds both while
    /// it asks which one was meant, so both are buyer facts for provenance.</remarks>
    public static IEnumerable<DateOnly> Dates(DialogState? state) =>
        Read(state).Values.Select(v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .Append(state?.PendingDate).Append(state?.PendingAlternative)
            .OfType<DateOnly>();

    /// <summary>The numbers among the facts (quantities and amounts the buyer gave), and the whole numbers of the
    /// arithmetic a refund takes from them: the missing pieces' share of what was paid (paid × missing ÷ ordered), how
    /// far an offer falls short of what is owed, an offer's share of the price in whole percent, and a percent offer in
    /// money.</summary>
    /// <remarks>Each tick of the evidence checklist says how many items are ticked so far ("1 of 5", "2 of 5"): those
    /// counts come from the buyer's own ticks.</remarks>
    /// <param name="now">The turn's time: the hours left on a countdown given to the hour are those at this moment.</param>
    public static IEnumerable<int> Numbers(DialogState? state, DateTimeOffset now) =>
        Read(state).Values.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).OfType<int>()
            .Concat(RefundArithmetic(state))
            .Concat(NumbersIn(state?.Item)).Concat(NumbersIn(state?.ItemReceived))
            .Concat(Enumerable.Range(1, state?.EvidenceDone.Count ?? 0))
            .Concat(CountdownHours(state, now));

    /// <summary>A countdown the buyer gave to the hour ("8 days 4 hours") is said with the hours left on it at the turn's
    /// time: the whole hours past the whole days ("8 days and about 3 hours" an hour later), and under a day the hours
    /// rounded up. Only those: any other count of hours must come from a rule or from the buyer's own words.</summary>
    private static IEnumerable<int> CountdownHours(DialogState? state, DateTimeOffset now)
    {
        if (state?.ProtectionEndsAt is not { } at || at <= now)
        {
            yield break;
        }

        var left = at - now;
        if (left.Hours > 0)
        {
            yield return left.Hours;
        }

        if (left < TimeSpan.FromDays(1))
        {
            yield return (int)Math.Ceiling(left.TotalHours);
        }
    }

    /// <summary>Numbers inside the item's name as the buyer typed it ("iphone 15 case"): the buyer's, not the bot's.</summary>
    private static IEnumerable<int> NumbersIn(string? name) =>
        (name ?? "").Split(' ').Select(w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).OfType<int>();

    private static IEnumerable<int> RefundArithmetic(DialogState? state)
    {
        if (state is null)
        {
            yield break;
        }

        if (state is { ReturnPrice: { } itemPrice, ReturnPostage: { } postage } && itemPrice > postage && itemPrice - postage is var net && net == decimal.Truncate(net))
        {
            yield return (int)net; // what a full refund with a return leaves: price - postage
        }

        if (state is { PaidAmount: { } price and > 0 })
        {
            if (state.OfferAmount is { } money)
            {
                var share = Math.Round(money * 100 / price, 0, MidpointRounding.AwayFromZero);
                yield return (int)(money < price ? Math.Min(share, 99) : share);
            }

            if (state.OfferPercent is { } percent && price * percent / 100 is var part && part == decimal.Truncate(part))
            {
                yield return (int)part;
            }
        }

        var owed = new List<decimal>();
        if (state.MissingValue is { } value)
        {
            owed.Add(value);
        }

        if (state is { PaidAmount: { } paid, QuantityOrdered: { } ordered and > 0, QuantityReceived: { } received })
        {
            owed.Add(paid * (ordered - received) / ordered);
        }

        foreach (var due in owed)
        {
            var offer = state.OfferAmount ?? (state is { OfferPercent: { } pct, PaidAmount: { } paidFor } ? Math.Round(paidFor * pct / 100, 2, MidpointRounding.AwayFromZero) : due);
            foreach (var number in new[] { due, due - offer })
            {
                if (number == decimal.Truncate(number) && number >= 0)
                {
                    yield return (int)number;
                }
            }
        }
    }

    private static string? Amount(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The buyer's own day at <paramref name="now"/>, in the offset the conversation knows.</summary>
    public static DateOnly Today(DialogState? state, DateTimeOffset now) =>
        DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromMinutes(state?.OffsetMinutes ?? 0)).DateTime);

    public static bool IsKnownKey(string key) => Readers.ContainsKey(key);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
