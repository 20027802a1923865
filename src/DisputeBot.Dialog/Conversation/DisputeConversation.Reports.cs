using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Conversation;

/// <summary>The deadlines card and the summary card.</summary>
internal sealed partial class DisputeConversation
{
    /// <summary>The message key of each deadline's title ("deadline.last_dispute_day"), made once rather than per line.</summary>
    private static readonly Dictionary<DeadlineKind, string> DeadlineTitleKeys = Enum.GetValues<DeadlineKind>().ToDictionary(
        kind => kind,
        kind => "deadline." + System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString()));

    private DeadlinePlan Plan() => _deadlines.Compute(
        new DeadlineFacts(
            Group,
            _state.ProtectionEndsOn,
            _state.ShippedOn,
            _state.DeliveredOn,
            _state.PaidOn,
            _state.Payment,
            _state.DisputeOpenedOn,
            TrackingSaysDelivered: _state.CategoryId == TrackingSaysDelivered),
        _today);

    private void ShowDeadlines()
    {
        var plan = Plan();
        var sections = new List<CardSection>
        {
            new(Text["deadlines.dates"], DeadlineLines(plan, withSources: true)),
            new(Text["deadlines.meaning"], Explanations(plan)),
        };

        if (RemainingOptions(plan) is { Count: > 0 } options)
        {
            sections.Add(new CardSection(Text["deadlines.passed"], options));
        }

        _replies.Add(new CardReply(Text["deadlines.title"], sections));
    }

    private List<string> DeadlineLines(DeadlinePlan plan, bool withSources)
    {
        var lines = new List<string>(plan.Deadlines.Count);
        foreach (var deadline in plan.Deadlines)
        {
            var line = Text.Format(
                "deadline.line",
                ("title", Text[DeadlineTitleKeys[deadline.Kind]]),
                ("date", FormatDate(deadline.Date)),
                ("status", Status(deadline)));
            if (withSources)
            {
                // Every number names the rule it comes from (dialogs/rules.yaml).
                var rule = _rules[deadline.RuleId];
                line += "\n" + (plan.Basis == DeadlineBasis.Timer && deadline.Kind is DeadlineKind.ProtectionEnds or DeadlineKind.LastDisputeDay && deadline.RuleId == RuleIds.ProtectionDefault
                    ? Text["deadline.source_timer"]
                    : Text.Format(deadline.Estimate ? "deadline.source_estimate" : "deadline.source", ("source", rule.Source), ("date", rule.SourceDate)));
            }

            lines.Add(line);
        }

        if (lines.Count == 0)
        {
            lines.Add(Text["deadlines.none"]);
        }

        return lines;
    }

    private string Status(Deadline deadline)
    {
        var days = DaysText(deadline.DaysLeft);
        return deadline.Status switch
        {
            DeadlineStatus.NotYet => Text.Format("status.not_yet", ("days", days)),
            DeadlineStatus.Today => Text["status.today"],
            DeadlineStatus.Passed when deadline.Kind == DeadlineKind.FirstDisputeDay => Text["status.open_now"],
            DeadlineStatus.Passed => Text.Format("status.passed", ("days", days)),
            _ => Text.Format("status.open", ("days", days)),
        };
    }

    private List<string> Explanations(DeadlinePlan plan)
    {
        var lines = new List<string>
        {
            Text[plan.Basis switch
            {
                DeadlineBasis.Timer => "deadlines.basis_timer",
                DeadlineBasis.Dates => "deadlines.basis_dates",
                _ => "deadlines.basis_unknown",
            }],
            Cite(Text["deadlines.confirmation_timeout"]),
        };

        if (plan.Find(DeadlineKind.RequestExtensionBy) is { } extension && Group == ArrivalGroup.NotReceived)
        {
            lines.Add(Cite(Text.Format(
                extension.Status == DeadlineStatus.Passed ? "deadlines.extension_late" : "deadlines.extension",
                ("date", FormatDate(extension.Date)))));
        }

        lines.Add(Cite(Text[_state.DisputeOpenedOn is null ? "deadlines.after_opening" : "deadlines.dispute_open"]));
        lines.Add(Cite(Text["deadlines.appeal"]));
        if (_state.Payment == PaymentMethod.PayPal)
        {
            lines.Add(Cite(Text["deadlines.paypal"]));
        }

        lines.Add(Cite(Text["deadlines.chargeback"]));
        return lines;
    }

    /// <summary>What can still be done once the window to open a dispute has closed.</summary>
    private List<string> RemainingOptions(DeadlinePlan plan)
    {
        var options = new List<string>();
        if (plan.Find(DeadlineKind.LastDisputeDay) is not { Status: DeadlineStatus.Passed })
        {
            return options;
        }

        options.Add(Cite(Text["passed.dispute_window"]));
        if (plan.Find(DeadlineKind.PayPalDisputeBy) is { Status: not DeadlineStatus.Passed } paypal)
        {
            options.Add(Cite(Text.Format("passed.paypal", ("date", FormatDate(paypal.Date)))));
        }

        if (plan.Find(DeadlineKind.CardChargebackBy) is { Status: not DeadlineStatus.Passed } card)
        {
            options.Add(Cite(Text.Format("passed.chargeback", ("date", FormatDate(card.Date)))));
        }

        options.Add(Cite(Text["passed.seller"]));
        return options;
    }

    private void ShowSummary()
    {
        var category = Category;
        if (category is null)
        {
            _replies.Add(new CardReply(Text["summary.title"], [new CardSection(Text["summary.problem"], [Text["summary.incomplete"]])]));
            return;
        }

        var problem = new List<string> { Text.Format("summary.problem_line", ("label", category.Label), ("reason", category.FormReason)) };
        if (_state.QuantityOrdered is { } ordered && _state.QuantityReceived is { } received)
        {
            problem.Add(Text.Format("summary.quantities", ("received", received), ("ordered", ordered)));
        }

        var missing = category.Checklist.Where(i => !_state.EvidenceDone.Contains(i.Id)).Select(i => i.Text).ToList();
        if (missing.Count == 0)
        {
            missing.Add(Text["summary.all_evidence"]);
        }

        _replies.Add(new CardReply(Text["summary.title"],
        [
            new CardSection(Text["summary.problem"], problem),
            new CardSection(Text["summary.deadlines"], DeadlineLines(Plan(), withSources: false)),
            new CardSection(Text["summary.missing"], missing),
            new CardSection(Text["summary.description"], [Description(category)], Copyable: true),
            new CardSection(Text["summary.reminders"], [Text["summary.reminder_inside"], Text["summary.reminder_daily"], Cite(Text["summary.reminder_close"])]),
        ]));
    }

    /// <summary>The category's template filled with what the user said (parts with unknown values left out).</summary>
    private string Description(ProblemCategory category) => DescriptionTemplate.Fill(
        category.Description,
        new DescriptionValues(
            _state.Details,
            _state.QuantityOrdered,
            _state.QuantityReceived,
            _state.ShippedOn is { } shipped ? FormatDate(shipped) : null,
            _state.DeliveredOn is { } delivered ? FormatDate(delivered) : null));
}
