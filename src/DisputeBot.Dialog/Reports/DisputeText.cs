using System.Text;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Reports;

/// <summary>
/// The ready-to-paste dispute text for the seller and AliExpress, built from the facts in plain first-person English:
/// the problem, the order's dates, the quantities, the evidence the buyer ticked, what they ask for. It claims nothing
/// the buyer did not give (no "I have attached photos" unless ticked, no post-office letter unless ticked) and pastes
/// no chat words: the buyer's own words go in only when they chose to add them.
/// </summary>
/// <remarks>Sentences come from the <c>description.*</c> messages: <c>description.problem.{category}</c> (else
/// <c>description.problem</c>), <c>description.ask.{category}</c> (else <c>description.ask</c>) and
/// <c>description.evidence.{item}</c> for each ticked item that is a thing one can attach.</remarks>
public sealed class DisputeText(ReportText text)
{
    /// <summary>Longest part of the buyer's own words put in; longer text is cut at a word.</summary>
    public const int MaxBuyerWords = 600;

    public string Build(DisputeTextFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var category = facts.Category;
        var parts = new List<string>(8);

        var problemKey = "description.problem." + category.Id;
        parts.Add(text.Has(problemKey) ? text[problemKey] : text.Format("description.problem", ("reason", category.FormReason)));

        if (facts.Item is { } item)
        {
            // "I ordered: hoodie size XL black. What I received: size S." only where the difference is the problem.
            parts.Add(facts.ItemReceived is { } received && category.Id is "wrong_item" or "not_as_described"
                ? text.Format("description.item_differs", ("ordered", item), ("received", received))
                : text.Format("description.item", ("item", item)));
        }

        if (facts.ProtectionRunningOut && category.Group == ArrivalGroup.NotReceived && !facts.TrackingSaysDelivered)
        {
            parts.Add(text["description.running_out"]);
        }

        if (facts.ShippedOn is { } shipped)
        {
            parts.Add(text.Format("description.shipped_on", ("date", text.Date(shipped))));
        }

        if (facts.DeliveredOn is { } delivered)
        {
            parts.Add(text.Format(
                category.Group == ArrivalGroup.NotReceived || facts.TrackingSaysDelivered ? "description.tracking_delivered_on" : "description.delivered_on",
                ("date", text.Date(delivered))));
        }

        if (facts.LookedAround && category.Group == ArrivalGroup.NotReceived)
        {
            parts.Add(text["description.looked"]);
        }

        if (facts.Ordered is { } ordered && facts.Received is { } got && got < ordered)
        {
            parts.Add(text.Format("description.quantities", ("ordered", ordered), ("received", got)));
        }

        if (facts.Paid is { } paid)
        {
            parts.Add(text.Format("description.paid", ("paid", text.Money(paid, facts.Currency))));
        }

        var attached = Attached(category, facts.EvidenceTicked);
        if (attached is not null)
        {
            parts.Add(text.Format("description.evidence", ("items", attached)));
        }

        if (facts.AddBuyerWords && BuyerWords(facts.BuyerWords) is { } words)
        {
            parts.Add(text.Format("description.buyer_words", ("words", words)));
        }

        var askKey = "description.ask." + category.Id;
        parts.Add(facts.Owed is { } owed ? text.Format("description.ask.amount", ("owed", text.Money(owed, facts.Currency)))
            : text.Has(askKey) ? text[askKey] : text["description.ask"]);
        return string.Join(' ', parts);
    }

    /// <summary>"screenshots of the tracking and a letter from my post office": the ticked items, in checklist order,
    /// that have an attachable wording; null when none.</summary>
    private string? Attached(ProblemCategory category, IReadOnlyCollection<string>? ticked)
    {
        if (ticked is null || ticked.Count == 0)
        {
            return null;
        }

        var items = new List<string>(ticked.Count);
        foreach (var item in category.Checklist)
        {
            var key = "description.evidence." + item.Id;
            if (ticked.Contains(item.Id) && text.Has(key))
            {
                items.Add(text[key]);
            }
        }

        return items.Count switch
        {
            0 => null,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " " + text["description.and"] + " " + items[^1],
        };
    }

    /// <summary>The buyer's words as one tidy sentence: one line, runs of "!!!" or "???" cut to one, a full stop at the end.</summary>
    private static string? BuyerWords(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(words.Length, MaxBuyerWords + 4));
        foreach (var c in words)
        {
            var ch = char.IsWhiteSpace(c) ? ' ' : c;
            if (builder.Length > 0 && (ch == ' ' || ch is '!' or '?') && builder[^1] == ch)
            {
                continue;
            }

            builder.Append(ch);
        }

        var tidy = builder.ToString().Trim();
        if (tidy.Length > MaxBuyerWords)
        {
            var cut = tidy.LastIndexOf(' ', MaxBuyerWords);
            tidy = tidy[..(cut > MaxBuyerWords / 2 ? cut : MaxBuyerWords)].TrimEnd(',', ';', ':', '-') + "...";
        }

        if (char.IsLower(tidy[0]))
        {
            tidy = char.ToUpperInvariant(tidy[0]) + tidy[1..];
        }

        return tidy[^1] is '.' or '!' or '?' ? tidy : tidy + ".";
    }
}
