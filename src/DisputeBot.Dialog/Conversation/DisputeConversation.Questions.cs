using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Conversation;

/// <summary>The question of each step, with its buttons.</summary>
internal sealed partial class DisputeConversation
{
    /// <summary>Most evidence buttons shown at once; the checklist lists them all.</summary>
    private const int MaxEvidenceButtons = 6;

    private const int MaxButtonLabel = 40;

    private void Ask()
    {
        var (key, choices) = Question();
        if (key is null)
        {
            return;
        }

        _state = _state with { PromptId = _state.PromptId + 1 };
        var progress = Progress();
        var text = _state.Step == DialogStep.ConfirmDate
            ? Text.Format(key, ("first", FormatDate(_state.PendingDate ?? _today)), ("second", FormatDate(_state.PendingAlternative ?? _today)))
            : Text.Format(key, ("done", progress.Done), ("total", progress.Total));
        _replies.Add(new ChoicesReply(text, choices, _state.PromptId));
    }

    /// <summary>The buttons of the question now open, for matching typed button words.</summary>
    private IReadOnlyList<ReplyChoice> CurrentChoices() => Question().Choices;

    private (string? Key, IReadOnlyList<ReplyChoice> Choices) Question()
    {
        switch (_state.Step)
        {
            case DialogStep.AskArrival:
                return ("ask.arrival", [Choice(ChoiceIds.Yes), Choice(ChoiceIds.No), Choice(ChoiceIds.Partly)]);

            case DialogStep.AskProblem:
                var group = Group;
                var categories = _kit.Pack.Categories.Where(c => group is null || c.Group == group);
                if (_state.Arrival == Arrival.Partly)
                {
                    // Part of an order missing is most often a shortage or missing parts: offer those first.
                    categories = categories.OrderBy(c => c.Id is "quantity_shortage" or "missing_parts" ? 0 : 1);
                }

                return (group == ArrivalGroup.NotReceived ? "ask.problem_not_received" : "ask.problem_received",
                    categories.Select(c => new ReplyChoice(c.Id, c.Label)).ToArray());

            case DialogStep.ConfirmProblem:
                var candidates = (_state.CategoryCandidates ?? [])
                    .Select(id => _kit.Pack.Categories.FirstOrDefault(c => c.Id == id))
                    .OfType<ProblemCategory>()
                    .Select(c => new ReplyChoice(c.Id, c.Label))
                    .Append(Choice(ChoiceIds.Other))
                    .ToArray();
                return ("ask.confirm_problem", candidates);

            case DialogStep.AskTimer:
                return ("ask.timer", [Choice(ChoiceIds.NoTimer)]);

            case DialogStep.AskShippedOn:
                return ("ask.shipped_on", [Choice(ChoiceIds.DontKnow)]);

            case DialogStep.AskDeliveredOn:
                return ("ask.delivered_on", [Choice(ChoiceIds.Today), Choice(ChoiceIds.Yesterday), Choice(ChoiceIds.DontKnow)]);

            case DialogStep.AskPayment:
                return ("ask.payment", [Choice(ChoiceIds.Card), Choice(ChoiceIds.PayPal), Choice(ChoiceIds.OtherPayment)]);

            case DialogStep.AskPaidOn:
                return ("ask.paid_on", [Choice(ChoiceIds.DontKnow)]);

            case DialogStep.AskDisputeOpened:
                return ("ask.dispute_opened", [Choice(ChoiceIds.NotYet), Choice(ChoiceIds.Today)]);

            case DialogStep.ConfirmDate:
                return ("ask.confirm_date",
                [
                    new ReplyChoice(ChoiceIds.FirstReading, FormatDate(_state.PendingDate ?? _today)),
                    new ReplyChoice(ChoiceIds.SecondReading, FormatDate(_state.PendingAlternative ?? _today)),
                ]);

            case DialogStep.Evidence:
                var open = (Category?.Checklist ?? [])
                    .Where(i => !_state.EvidenceDone.Contains(i.Id))
                    .Take(MaxEvidenceButtons)
                    .Select(i => new ReplyChoice(i.Id, ButtonLabel(i.Text)));
                var extras = Group == ArrivalGroup.Received ? [Choice(ChoiceIds.CompareRefunds), Choice(ChoiceIds.Done)] : new[] { Choice(ChoiceIds.Done) };
                return ("ask.evidence", open.Concat(extras).ToArray());

            case DialogStep.AskReturnCosts:
                return ("ask.return_costs", [Choice(ChoiceIds.DontKnow)]);

            case DialogStep.Summary:
                var next = new List<ReplyChoice> { Choice(ChoiceIds.BackToEvidence) };
                if (Group == ArrivalGroup.Received)
                {
                    next.Add(Choice(ChoiceIds.CompareRefunds));
                }

                next.Add(Choice(ChoiceIds.Restart));
                return ("ask.after_summary", next);

            default:
                return (null, []);
        }
    }

    private ReplyChoice Choice(string id) => new(id, Text["choice." + id]);

    private void ShowChecklist()
    {
        _replies.Add(Checklist());
        _askDue = true;
    }

    private ChecklistReply Checklist()
    {
        var category = Category;
        if (category is null)
        {
            return new ChecklistReply(Text["evidence.title_general"], [], Text["evidence.need_problem"]);
        }

        var (done, total) = Progress();
        var lines = category.Checklist.Select(i => new ChecklistLine(i.Id, i.Text, _state.EvidenceDone.Contains(i.Id))).ToArray();
        return new ChecklistReply(
            Text.Format("evidence.title", ("label", category.Label), ("done", done), ("total", total)),
            lines,
            Text["evidence.footer"]);
    }

    private static string ButtonLabel(string text)
    {
        if (text.Length <= MaxButtonLabel)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxButtonLabel - 1);
        return text[..(cut > 20 ? cut : MaxButtonLabel - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private string FormatDate(DateOnly date) => date.ToString(Text["format.date"], _kit.Culture);

    private string DaysText(int days)
    {
        var count = Math.Abs(days);
        return Text.Format(count == 1 ? "days.one" : "days.other", ("n", count));
    }
}
