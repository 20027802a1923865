using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding;
using DisputeBot.Dialog.Understanding.Dates;

namespace DisputeBot.Dialog.Conversation;

/// <summary>Answers to the current step's question, typed or pressed.</summary>
internal sealed partial class DisputeConversation
{
    private bool DayFirst => _state.DayFirst ?? DateReader.IsDayFirst(_turn.Locale);

    /// <returns>False when the text does not answer the current question.</returns>
    private bool AnswerStep(string text)
    {
        if (CurrentChoices() is { Count: > 0 } offered && _kit.Text.MatchChoice(text, offered) is { } typed && AnswerChoice(typed))
        {
            return true;
        }

        switch (_state.Step)
        {
            case DialogStep.AskArrival:
                // "The box came empty" answers the problem question too: skip the arrival question.
                var guess = _kit.Text.ClassifyProblem(text, null);
                if (guess is { Confident: true, Best: { } best })
                {
                    ChooseCategory(best, text);
                    return true;
                }

                if (_kit.Text.ReadArrival(text) is { } arrival)
                {
                    SetArrival(arrival);
                    return true;
                }

                return false;

            case DialogStep.AskProblem:
            case DialogStep.ConfirmProblem:
                return ClassifyAnswer(text);

            case DialogStep.AskTimer:
                return ReadDateAnswer(text, DialogStep.AskTimer);

            case DialogStep.AskShippedOn:
            case DialogStep.AskDeliveredOn:
            case DialogStep.AskPaidOn:
                return ReadDateAnswer(text, _state.Step);

            case DialogStep.AskDisputeOpened:
                if (_kit.Text.ReadYesNo(text) is false)
                {
                    return AnswerChoice(ChoiceIds.NotYet);
                }

                if (_kit.Text.ReadYesNo(text) is true && _kit.Dates.Read(text, _today, DayFirst).Kind == DateReadingKind.NotADate)
                {
                    Reprompt("reprompt.dispute_opened_when");
                    return true;
                }

                return ReadDateAnswer(text, DialogStep.AskDisputeOpened);

            case DialogStep.AskPayment:
                if (_kit.Text.ReadPayment(text) is { } payment)
                {
                    SetPayment(payment);
                    return true;
                }

                if (_kit.Text.IsDontKnow(text))
                {
                    SetPayment(PaymentMethod.Unknown);
                    return true;
                }

                return false;

            case DialogStep.ConfirmDate:
                var reading = _kit.Dates.Read(text, _today, DayFirst);
                if (reading is { Kind: DateReadingKind.Date, Date: { } date })
                {
                    return AcceptDate(_state.ResumeStep ?? DialogStep.AskShippedOn, date);
                }

                return false;

            case DialogStep.Evidence:
                return EvidenceText(text);

            case DialogStep.AskReturnCosts:
                return ReturnCostsText(text);

            default:
                return false;
        }
    }

    /// <returns>False when the pressed id means nothing at this step.</returns>
    private bool AnswerChoice(string id)
    {
        switch (_state.Step)
        {
            case DialogStep.AskArrival:
                Arrival? arrival = id switch
                {
                    ChoiceIds.Yes => Arrival.Yes,
                    ChoiceIds.No => Arrival.No,
                    ChoiceIds.Partly => Arrival.Partly,
                    _ => null,
                };
                if (arrival is null)
                {
                    return false;
                }

                SetArrival(arrival.Value);
                return true;

            case DialogStep.AskProblem:
            case DialogStep.ConfirmProblem:
                if (id == ChoiceIds.Other && _state.Step == DialogStep.ConfirmProblem)
                {
                    _state = _state with { CategoryCandidates = null };
                    _machine.Fire(DialogTrigger.ShowAll);
                    return true;
                }

                var category = _kit.Pack.Categories.FirstOrDefault(c => c.Id == id);
                if (category is null)
                {
                    return false;
                }

                ChooseCategory(category, null);
                return true;

            case DialogStep.AskTimer:
                if (id is ChoiceIds.NoTimer or ChoiceIds.DontKnow)
                {
                    _state = _state with { Answered = _state.Answered | Answered.Timer, ProtectionEndsOn = null };
                    _replies.Add(new TextReply(Text["timer.none"]));
                    Advance();
                    return true;
                }

                return false;

            case DialogStep.AskShippedOn:
            case DialogStep.AskDeliveredOn:
            case DialogStep.AskPaidOn:
            case DialogStep.AskDisputeOpened:
                switch (id)
                {
                    case ChoiceIds.Today:
                        return AcceptDate(_state.Step, _today);
                    case ChoiceIds.Yesterday:
                        return AcceptDate(_state.Step, _today.AddDays(-1));
                    case ChoiceIds.DontKnow:
                    case ChoiceIds.NotYet when _state.Step == DialogStep.AskDisputeOpened:
                        _state = _state with { Answered = _state.Answered | Flag(_state.Step) };
                        Advance();
                        return true;
                    default:
                        return false;
                }

            case DialogStep.AskPayment:
                PaymentMethod? payment = id switch
                {
                    ChoiceIds.PayPal => PaymentMethod.PayPal,
                    ChoiceIds.Card => PaymentMethod.Card,
                    ChoiceIds.OtherPayment => PaymentMethod.Other,
                    ChoiceIds.DontKnow => PaymentMethod.Unknown,
                    _ => null,
                };
                if (payment is null)
                {
                    return false;
                }

                SetPayment(payment.Value);
                return true;

            case DialogStep.ConfirmDate:
                if (id is not (ChoiceIds.FirstReading or ChoiceIds.SecondReading) || _state.PendingDate is not { } first)
                {
                    return false;
                }

                var second = _state.PendingAlternative ?? first;
                var chosen = id == ChoiceIds.FirstReading ? first : second;

                // The user's answer settles how they write dates for the rest of the conversation.
                _state = _state with { DayFirst = id == ChoiceIds.FirstReading ? DayFirst : !DayFirst };
                return AcceptDate(_state.ResumeStep ?? DialogStep.AskShippedOn, chosen);

            case DialogStep.Evidence:
                return EvidenceChoice(id);

            case DialogStep.AskReturnCosts:
                if (id == ChoiceIds.DontKnow)
                {
                    _replies.Add(new TextReply(Cite(Text["refunds.general"])));
                    _machine.Fire(DialogTrigger.Resume);
                    return true;
                }

                return false;

            case DialogStep.Summary:
                switch (id)
                {
                    case ChoiceIds.BackToEvidence:
                        _machine.Fire(DialogTrigger.BackToEvidence);
                        return true;
                    case ChoiceIds.CompareRefunds:
                        _state = _state with { ResumeStep = DialogStep.Summary };
                        _machine.Fire(DialogTrigger.CompareRefunds);
                        return true;
                    default:
                        return false;
                }

            default:
                return false;
        }
    }

    private void SetArrival(Arrival arrival)
    {
        _state = _state with { Arrival = arrival, CategoryId = null, CategoryCandidates = null };
        Advance();
    }

    private void SetPayment(PaymentMethod payment)
    {
        _state = _state with { Payment = payment, Answered = _state.Answered | Answered.Payment };
        Advance();
    }

    private bool ClassifyAnswer(string text)
    {
        if (!text.Any(char.IsLetter))
        {
            // Numbers and symbols alone ("31/02/2026") describe no problem.
            return false;
        }

        var guess = _kit.Text.ClassifyProblem(text, Group);
        if (guess is { Confident: true, Best: { } best })
        {
            ChooseCategory(best, text);
            return true;
        }

        if (guess.Candidates.Count == 0)
        {
            return false;
        }

        _state = _state with
        {
            CategoryCandidates = guess.Candidates.Take(3).Select(c => c.Category.Id).ToArray(),
            Details = Trimmed(text),
        };
        _replies.Add(new TextReply(Text["problem.unclear"]));
        if (_state.Step == DialogStep.ConfirmProblem)
        {
            _machine.Fire(DialogTrigger.Reprompt);
        }
        else
        {
            _machine.Fire(DialogTrigger.Unclear);
        }

        return true;
    }

    private void ChooseCategory(ProblemCategory category, string? text)
    {
        var quantities = text is null ? null : _kit.Text.ReadQuantities(text);
        _state = _state with
        {
            CategoryId = category.Id,
            CategoryCandidates = null,
            Arrival = _state.Arrival switch
            {
                null or Arrival.No when category.Group == ArrivalGroup.Received => Arrival.Yes,
                Arrival.Yes or Arrival.Partly when category.Group == ArrivalGroup.NotReceived => Arrival.No,
                var kept => kept,
            },
            Details = text is null ? _state.Details : Trimmed(text),
            QuantityReceived = quantities?.Received ?? _state.QuantityReceived,
            QuantityOrdered = quantities?.Ordered ?? _state.QuantityOrdered,
        };
        _replies.Add(new TextReply(Text.Format("problem.chosen", ("label", category.Label), ("reason", category.FormReason))));
        _replies.Add(new TextReply(Cite(category.Advice)));
        Advance();
    }

    private bool ReadDateAnswer(string text, DialogStep step)
    {
        // The protection end lies ahead ("5 April" means the coming one); every other date lies behind.
        var reading = _kit.Dates.Read(text, _today, DayFirst, expectFuture: step == DialogStep.AskTimer);
        switch (reading.Kind)
        {
            case DateReadingKind.DaysLeft when step == DialogStep.AskTimer && reading.Days is { } left:
                return AcceptDate(step, _today.AddDays(left));

            case DateReadingKind.DaysLeft:
                Reprompt("reprompt.date");
                return true;

            case DateReadingKind.NoSuchDate:
                Reprompt("reprompt.no_such_date");
                return true;

            case DateReadingKind.Ambiguous when reading is { Date: { } first, Alternative: { } second }:
                if (_state.DayFirst is not null)
                {
                    // The user already told us how they write dates.
                    return AcceptDate(step, first);
                }

                _state = _state with { PendingDate = first, PendingAlternative = second, ResumeStep = step };
                _machine.Fire(DialogTrigger.Ambiguous);
                return true;

            case DateReadingKind.Date when reading.Date is { } date:
                return AcceptDate(step, date);

            default:
                if (step == DialogStep.AskTimer && int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, _kit.Culture, out var days))
                {
                    // A bare number on the timer question is the number of days the countdown shows.
                    return AcceptDate(step, _today.AddDays(days));
                }

                if (_kit.Text.IsDontKnow(text))
                {
                    return AnswerChoice(step == DialogStep.AskTimer ? ChoiceIds.NoTimer : ChoiceIds.DontKnow);
                }

                return false;
        }
    }

    /// <summary>Checks a date against what it stands for and the other dates, then stores it and moves on.</summary>
    private bool AcceptDate(DialogStep step, DateOnly date)
    {
        var s = _state;
        var shown = FormatDate(date);
        if (step == DialogStep.AskTimer)
        {
            if (date > _today.AddDays(MaxProtectionDays))
            {
                Reprompt("reprompt.timer_too_far");
                return true;
            }
        }
        else
        {
            if (date > _today)
            {
                Reprompt("reprompt.future_date", ("date", shown));
                return true;
            }

            if (date < _today.AddYears(-3))
            {
                Reprompt("reprompt.too_old", ("date", shown));
                return true;
            }

            var conflict = step switch
            {
                DialogStep.AskDeliveredOn when s.ShippedOn is { } shipped && date < shipped => ("reprompt.delivered_before_shipped", shipped),
                DialogStep.AskDeliveredOn when s.PaidOn is { } paid && date < paid => ("reprompt.delivered_before_paid", paid),
                DialogStep.AskShippedOn when s.PaidOn is { } paid && date < paid => ("reprompt.shipped_before_paid", paid),
                DialogStep.AskShippedOn when s.DeliveredOn is { } delivered && date > delivered => ("reprompt.shipped_after_delivered", delivered),
                DialogStep.AskPaidOn when s.ShippedOn is { } shipped && date > shipped => ("reprompt.paid_after_shipped", shipped),
                DialogStep.AskPaidOn when s.DeliveredOn is { } delivered && date > delivered => ("reprompt.paid_after_delivered", delivered),
                _ => default((string, DateOnly)?),
            };
            if (conflict is { } problem)
            {
                Reprompt(problem.Item1, ("date", shown), ("other", FormatDate(problem.Item2)));
                return true;
            }
        }

        _state = step switch
        {
            DialogStep.AskTimer => s with { ProtectionEndsOn = date },
            DialogStep.AskShippedOn => s with { ShippedOn = date },
            DialogStep.AskDeliveredOn => s with { DeliveredOn = date },
            DialogStep.AskPaidOn => s with { PaidOn = date },
            _ => s with { DisputeOpenedOn = date },
        };
        _state = _state with { Answered = _state.Answered | Flag(step), PendingDate = null, PendingAlternative = null, ResumeStep = null };

        var key = step == DialogStep.AskTimer && date < _today ? "noted.timer_passed" : "noted." + Flag(step).ToString().ToLowerInvariant();
        _replies.Add(new TextReply(Text.Format(key, ("date", shown), ("days", DaysText(date.DayNumber - _today.DayNumber)))));
        Advance();
        return true;
    }

    /// <summary>Longest countdown accepted; no AliExpress protection runs longer (the longest regional one is 120 days).</summary>
    private const int MaxProtectionDays = 180;

    private static Answered Flag(DialogStep step) => step switch
    {
        DialogStep.AskTimer => Answered.Timer,
        DialogStep.AskShippedOn => Answered.ShippedOn,
        DialogStep.AskDeliveredOn => Answered.DeliveredOn,
        DialogStep.AskPaidOn => Answered.PaidOn,
        DialogStep.AskDisputeOpened => Answered.DisputeOpened,
        DialogStep.AskPayment => Answered.Payment,
        _ => Answered.None,
    };

    private static string Trimmed(string text) => text.Length <= MaxDetailsLength ? text : text[..MaxDetailsLength].TrimEnd() + "…";

    /// <summary>Longest own description kept in state (state stays small).</summary>
    private const int MaxDetailsLength = 280;
}
