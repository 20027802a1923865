using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Reports;

/// <summary>
/// The deadlines card: the dates with their readable sources, what they mean for this buyer, and, once the timer has
/// ended, the routes that remain. Pure: a plan and the wording in, a <see cref="CardReply"/> out.
/// </summary>
/// <remarks>Buyer-safe wording: while the timer runs nothing is called closed; after it, "try at once" with both views
/// (seed 002: 15 more days; seed 004: none); PayPal lines only for PayPal payments, the chargeback only for card payments.</remarks>
public sealed class DeadlineCard(ReportText text)
{
    /// <summary>The message key of each deadline's title ("deadline.last_dispute_day"), made once.</summary>
    private static readonly Dictionary<DeadlineKind, string> TitleKeys = KeysOf("deadline.");

    /// <summary>"prefix" + the kind in snake case, for each kind.</summary>
    internal static Dictionary<DeadlineKind, string> KeysOf(string prefix) => Enum.GetValues<DeadlineKind>().ToDictionary(
        kind => kind,
        kind => prefix + System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString()));

    public CardReply Build(DeadlinePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Window == DisputeWindow.CancelOrder)
        {
            return new CardReply(text["deadlines.title"], [new CardSection(text["deadlines.meaning"], [text["deadlines.cancel_order"]])]);
        }

        var sections = new List<CardSection>(3)
        {
            new(text["deadlines.dates"], Lines(plan, withSources: true)),
            new(text["deadlines.meaning"], Explanations(plan)),
        };

        if (plan.Window == DisputeWindow.Ended)
        {
            sections.Add(new CardSection(text["deadlines.passed"], RemainingRoutes(plan)));
        }

        return new CardReply(text["deadlines.title"], sections);
    }

    /// <summary>One line per date: title, date and where it stands, and (<paramref name="withSources"/>) its source.</summary>
    /// <summary>What "delivered" in the tracking means for the time left: about delivered_cut days from that day, or,
    /// once the countdown was read, its end (the countdown shows the cut time itself, and the timer wins).</summary>
    internal static string DeliveredKey(DeadlinePlan plan) =>
        plan.TimerEndsOn is not null ? "deadlines.delivered_timer" : "deadlines.delivered_cut";

    public List<string> Lines(DeadlinePlan plan, bool withSources)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var lines = new List<string>(plan.Deadlines.Count);
        foreach (var deadline in plan.Deadlines)
        {
            var line = text.Format(
                "deadline.line",
                ("title", Title(deadline)),
                ("date", text.Date(deadline.Date)),
                ("status", Status(deadline)));
            if (withSources)
            {
                line += "\n" + Source(deadline);
            }

            lines.Add(line);
        }

        if (lines.Count == 0)
        {
            lines.Add(text[plan.Window == DisputeWindow.Ended ? "deadlines.none_ended" : "deadlines.none"]);
        }

        return lines;
    }

    /// <summary>What the date is ("Last day to open a dispute"), marked when it is an estimate.</summary>
    public string Title(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var title = text[TitleKeys[deadline.Kind]];
        return deadline.ShownAsEstimate ? text.Format("deadline.estimated", ("title", title)) : title;
    }

    /// <summary>Every number names where it comes from, in words a buyer can read (never a seed id).</summary>
    public string Source(Deadline deadline)
    {
        if (deadline.FromTimer)
        {
            return text["deadline.source_timer"];
        }

        var rule = text.Rules[deadline.RuleId];
        return text.Format(deadline.Estimate ? EstimateSourceKey(deadline.Kind) : "deadline.source", ("source", rule.Source), ("date", rule.SourceDate));
    }

    /// <summary>Where the real date of an estimate is found: the order page for the dispute window, the dispute page for
    /// an open dispute's dates, the card issuer for a chargeback.</summary>
    private static string EstimateSourceKey(DeadlineKind kind) => kind switch
    {
        DeadlineKind.SellerResponseBy or DeadlineKind.EscalateFrom or DeadlineKind.AutoEscalation => "deadline.source_estimate_dispute",
        DeadlineKind.CardChargebackBy => "deadline.source_estimate_card",
        _ => "deadline.source_estimate",
    };

    private string Status(Deadline deadline) => deadline.Status switch
    {
        DeadlineStatus.NotYet => text.Format("status.not_yet", ("days", text.Days(deadline.DaysLeft))),
        DeadlineStatus.Today => text["status.today"],
        DeadlineStatus.Passed when deadline.Kind == DeadlineKind.FirstDisputeDay => text["status.open_now"],
        DeadlineStatus.Passed when deadline.Kind == DeadlineKind.EscalateFrom => text["status.can_now"],
        DeadlineStatus.Passed when deadline.Kind == DeadlineKind.LastDisputeDay => DisputeDayPassed(deadline),
        DeadlineStatus.Passed => text.Format("status.passed", ("days", text.Days(deadline.DaysLeft))),
        _ when text.TimerLeft is { } timer && timer.Day == deadline.Date && ReportText.InDaysAndHours(timer.Left)
            => text.Format("status.open_exact", ("days", text.Days(timer.Left.Days)), ("hours", timer.Left.Hours)),
        _ => text.Format("status.open", ("days", text.Days(deadline.DaysLeft))),
    };

    /// <summary>The last day behind us is not said as a fact (domain-rules.md "Timer already ended"): after the
    /// countdown, one guide allows after_protection_grace more days (seed 002 line 37), another none (seed 004 line 26),
    /// so the line gives both and says to try at once; a date estimated from the rules says it is an estimate.</summary>
    private string DisputeDayPassed(Deadline deadline)
    {
        var ago = text.Days(deadline.DaysLeft);
        if (!deadline.FromTimer)
        {
            return text.Format("status.estimate_passed", ("days", ago));
        }

        var grace = deadline.Date.AddDays(text.Rules[RuleIds.AfterProtectionGrace].Days);
        return text.Format(-deadline.DaysLeft <= text.Rules[RuleIds.AfterProtectionGrace].Days ? "status.timer_passed" : "status.grace_passed",
            ("days", ago), ("grace", text.Date(grace)));
    }

    private List<string> Explanations(DeadlinePlan plan)
    {
        var lines = new List<string>(8)
        {
            text[plan.Basis switch
            {
                DeadlineBasis.Timer => "deadlines.basis_timer",
                DeadlineBasis.Dates => "deadlines.basis_dates",
                _ => "deadlines.basis_unknown",
            }],
        };

        switch (plan.Window)
        {
            case DisputeWindow.Ended:
                lines.Add(text[plan.TimerEnded ? "deadlines.timer_ended" : "deadlines.estimate_passed"]);
                break;
            case DisputeWindow.Unknown:
                lines.Add(text["deadlines.find_timer"]);
                break;
            case DisputeWindow.NotYet:
                lines.Add(text["deadlines.not_yet"]);
                lines.Add(text["deadlines.confirmation_timeout"]);
                break;
            case DisputeWindow.Open:
                if (plan.TrackingSaysDelivered)
                {
                    lines.Add(text[DeliveredKey(plan)]);
                }
                else if (plan.OpenNow)
                {
                    lines.Add(text["deadlines.open_now"]);
                }

                lines.Add(text["deadlines.confirmation_timeout"]);
                break;
            case DisputeWindow.DisputeOpen:
                lines.Add(text["deadlines.dispute_open"]);
                break;
        }

        AddExtension(plan, lines);
        lines.Add(text["deadlines.after_opening"]);
        lines.Add(text["deadlines.appeal"]);
        if (plan.Payment == PaymentMethod.PayPal)
        {
            lines.Add(text["deadlines.paypal"]);
        }

        if (plan.Payment == PaymentMethod.Card)
        {
            lines.Add(text["deadlines.chargeback"]);
        }

        return lines;
    }

    private void AddExtension(DeadlinePlan plan, List<string> lines)
    {
        var askBy = plan.Find(DeadlineKind.RequestExtensionBy);
        var openBy = plan.Find(DeadlineKind.OpenIfNoExtensionBy);
        switch (plan.Extension)
        {
            case ExtensionAdvice.AskLater when askBy is not null && openBy is not null && plan.Find(DeadlineKind.LastDisputeDay) is { } last:
                // The whole 5-to-7-day window, both ends dated (guides say to ask 5 to 7 days before the end).
                var from = last.Date.AddDays(-text.Rules[RuleIds.ExtensionLead].Days);
                lines.Add(text.Format("deadlines.extension",
                    ("from", text.Date(from)), ("by", text.Date(askBy.Date)), ("open_by", text.Date(openBy.Date))));
                break;
            case ExtensionAdvice.AskNow when openBy is not null:
                lines.Add(text.Format("deadlines.extension_now", ("open_by", text.Date(openBy.Date))));
                break;
            case ExtensionAdvice.AskNow:
            case ExtensionAdvice.OpenInstead:
                lines.Add(text["deadlines.extension_late"]);
                break;
        }
    }

    /// <summary>Once the timer has ended: the routes that remain, for this payment only; the chargeback last.</summary>
    private List<string> RemainingRoutes(DeadlinePlan plan)
    {
        var routes = new List<string>(3);
        if (plan.Payment == PaymentMethod.PayPal)
        {
            routes.Add(plan.Find(DeadlineKind.PayPalDisputeBy) is { Status: not DeadlineStatus.Passed } paypal
                ? text.Format("passed.paypal", ("date", text.Date(paypal.Date)))
                : text["passed.paypal_undated"]);
        }

        routes.Add(text["passed.seller"]);
        if (plan.Payment == PaymentMethod.Card)
        {
            routes.Add(plan.Find(DeadlineKind.CardChargebackBy) is { Status: not DeadlineStatus.Passed } card
                ? text.Format("passed.chargeback", ("date", text.Date(card.Date)))
                : text["passed.chargeback_undated"]);
        }

        return routes;
    }
}
