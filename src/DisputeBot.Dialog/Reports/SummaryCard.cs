using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Deadlines;

namespace DisputeBot.Dialog.Reports;

/// <summary>
/// The dispute summary card: the problem and the form reason to pick, the dates, the evidence still missing, the
/// ready-to-paste dispute text, and reminders. Pure: facts, a plan and the wording in, a <see cref="CardReply"/> out.
/// In another language than English the dispute text is in English (the seller and AliExpress read it), with its
/// translation below it for the buyer.
/// </summary>
public sealed class SummaryCard(ReportText text, ReportText? english = null)
{
    private readonly DeadlineCard _deadlines = new(text);
    private readonly DisputeText _dispute = new(text);
    private readonly DisputeText? _englishDispute = english is null ? null : new DisputeText(english);

    /// <param name="facts">What the buyer gave; null while the problem is not known yet.</param>
    /// <param name="plan">The deadlines computed from the same facts.</param>
    /// <param name="englishCategory">The problem in English, for the English dispute text (with an English wording).</param>
    public CardReply Build(DisputeTextFacts? facts, DeadlinePlan plan, Knowledge.ProblemCategory? englishCategory = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (facts is null)
        {
            return new CardReply(text["summary.title"], [new CardSection(text["summary.problem"], [text["summary.incomplete"]])]);
        }

        var category = facts.Category;
        var problem = new List<string>(2) { text.Format("summary.problem_line", ("label", category.Label), ("reason", category.FormReason)) };
        if (facts.Ordered is { } ordered && facts.Received is { } received)
        {
            problem.Add(text.Format("summary.quantities", ("received", received), ("ordered", ordered)));
        }

        var ticked = facts.EvidenceTicked ?? [];
        var missing = category.Checklist.Where(i => !ticked.Contains(i.Id)).Select(i => i.Text).ToList();
        if (missing.Count == 0)
        {
            missing.Add(text["summary.all_evidence"]);
        }

        var sections = new List<CardSection>(6)
        {
            new(text["summary.problem"], problem),
            new(text["summary.deadlines"], Deadlines(plan)),
            new(text["summary.missing"], missing),
        };
        if (_englishDispute is not null && englishCategory is not null)
        {
            sections.Add(new CardSection(text["summary.description"], [_englishDispute.Build(facts with { Category = englishCategory })], Copyable: true));
            sections.Add(new CardSection(text["summary.description_translation"], [_dispute.Build(facts)]));
        }
        else
        {
            sections.Add(new CardSection(text["summary.description"], [_dispute.Build(facts)], Copyable: true));
        }

        sections.Add(new CardSection(text["summary.reminders"], [text["summary.reminder_inside"], text["summary.reminder_daily"], text["summary.reminder_close"]]));
        return new CardReply(text["summary.title"], sections);
    }

    private List<string> Deadlines(DeadlinePlan plan)
    {
        if (plan.Window == DisputeWindow.CancelOrder)
        {
            return [text["deadlines.cancel_order"]];
        }

        var lines = _deadlines.Lines(plan, withSources: false);
        if (plan.Window == DisputeWindow.Ended)
        {
            lines.Add(text[plan.TimerEnded ? "deadlines.timer_ended" : "deadlines.estimate_passed"]);
        }
        else if (plan.OpenNow)
        {
            lines.Add(text[plan.TrackingSaysDelivered ? DeadlineCard.DeliveredKey(plan) : "deadlines.open_now"]);
        }

        return lines;
    }
}
