using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// Applying what a message says to the case. Every fact is kept; a fact that changes an earlier one is applied and
/// said back ("Changed: …"), never dropped or silently overwritten; a date that reads two ways waits for the buyer's
/// choice. After the facts, the dialog moves to the first question whose answer is still unknown.
/// </summary>
internal sealed partial class DisputeConversation
{
    /// <summary>Longest countdown accepted; no AliExpress protection runs longer (the longest regional one is 120 days).</summary>
    private const int MaxProtectionDays = 180;

    /// <summary>Longest own description kept in state (state stays small).</summary>
    private const int MaxDetailsLength = 280;

    /// <summary>Applies <paramref name="facts"/> and moves on when they taught something.</summary>
    /// <returns>True when the facts were taken: learned, or refused with a reason said.</returns>
    internal bool Learn(MessageFacts facts)
    {
        var handled = Apply(facts);
        LateAdvice();
        if (_learned)
        {
            Advance();
        }

        return handled || _learned;
    }

    private bool Apply(MessageFacts f)
    {
        var handled = false;
        _receiptConfirmedNow |= f.ReceiptConfirmed;
        // A message that sets off a warning quotes the seller ("confirm you received it"): it does not overturn what the
        // buyer said of the arrival.
        // Nor does it say the arrival at all unless it also names the problem for sure: "confirm received before the
        // item arrives" says nothing came.
        // A delivery day ("arrived last Friday") dates the arrival; it does not overturn "only part of it".
        // "Nothing came" beside a seller's quote is the buyer's own word: no seller's message says it.
        if (f.Arrival is { } arrival && (f.Trap is null || (_state.Arrival is null && (arrival == Arrival.No || f.Problem is { Confident: true })))
            && !(arrival == Arrival.Yes && _state.Arrival == Arrival.Partly
                // "no sorry 8 came, not 9": a recount of what came keeps "only part of it", as a delivery day does.
                && (f.DeliveredOn is not null || f.Correction is not null || _state.QuantityReceived < _state.QuantityOrdered)))
        {
            ApplyArrival(arrival);
        }

        if (f.NotShipped && !_state.NotShipped)
        {
            _state.NotShipped = true;
            _state.Arrival ??= Arrival.No;
            if (f.Question?.Id != CancelOrder)
            {
                // "How do I cancel? it hasn't shipped": the cancel answer already says it.
                Say("advice.not_shipped");
                _notShippedSaidNow = true;
            }

            _learned = true;
        }

        // "Paid for 10, got 6" is a quantity shortage when the words alone name no problem for sure.
        if (_state.CategoryId is null && f.Problem is not { Confident: true } && f.Quantities is { } counted
            && counted.Received < counted.Ordered && _kit.Pack.Categories.FirstOrDefault(c => c.Id == QuantityShortage) is { } shortage)
        {
            ChooseCategory(shortage, _text);
        }

        // Numbers and symbols alone ("31/02/2026") describe no problem; a message that only quotes a seller's offer,
        // asks a question, or answers something else with only a faint echo of a problem ("i paid by card"), describes
        // none either, so such a guess offers no problems to pick from.
        var saysOtherFacts = f.Payment is not null || f.Timer is not null || f.ShippedOn is not null || f.DeliveredOn is not null
            || f.PaidOn is not null || f.Dispute is not null || f.NotShipped;
        var onlyAsksOrQuotes = f.Trap is not null || f.IsQuestion
            || (saysOtherFacts && f.Problem is { Candidates: [var best, ..] } && best.Score < Understanding.TextUnderstanding.ConfidentScore);
        // "Still hasn't shipped, awaiting shipment" is no parcel on its way: a not-received reason in the same message
        // would give in-transit advice for an order that is to be cancelled.
        if (f.Problem is { Candidates.Count: > 0 } problem && (_text is null || _text.Any(char.IsLetter))
            && (problem.Confident || !onlyAsksOrQuotes)
            && !(f.NotShipped && problem.Best is { Group: ArrivalGroup.NotReceived })
            // "protection ends in twelve days" tells the timer: its words echo the in-transit reason ("protection time
            // is ending") but change no problem already known.
            && !(_state.CategoryId is not null && f.Timer is not null)
            // "i won the dispute but the money is still not on my card": a settled case has no problem left to sort.
            && !IsSettled && f.Dispute?.Kind != DisputeKind.Refunded)
        {
            ApplyProblem(problem);
        }

        // After the problem: choosing "delivered, not received" has already said what "delivered" does to the time.
        if (f.TrackingSaysDelivered && !_state.TrackingDelivered)
        {
            if (_state.CategoryId != TrackingSaysDelivered)
            {
                Say(DeliveredCutKey);
            }

            _state.TrackingDelivered = true;
            _learned = true;
        }

        if (f.Quantities is { } quantities && (quantities.Received, quantities.Ordered) != (_state.QuantityReceived, _state.QuantityOrdered))
        {
            if (_state.QuantityOrdered is not null)
            {
                Say("changed.quantities", ("received", quantities.Received), ("ordered", quantities.Ordered));
            }

            _state.QuantityReceived = quantities.Received;
            _state.QuantityOrdered = quantities.Ordered;
            _learned = true;
        }

        // "I recounted, only 3 came": a new count of what came, against the count ordered said before.
        if (f.Quantities is null && f.ReceivedOnly is { } got && _state.QuantityOrdered is { } ordered
            && got <= ordered && got != _state.QuantityReceived)
        {
            Say("changed.quantities", ("received", got), ("ordered", ordered));
            _state.QuantityReceived = got;
            _learned = true;
        }

        if (f.MissingCount is { } missing && missing != _state.MissingCount)
        {
            _state.MissingCount = missing;
            // "3 missing" of the 10 ordered: 7 came, whatever count of what came was said before.
            if (f.Quantities is null && f.ReceivedOnly is null && _state.QuantityOrdered is { } of && missing < of
                && of - missing != _state.QuantityReceived)
            {
                if (_state.QuantityReceived is not null)
                {
                    Say("changed.quantities", ("received", of - missing), ("ordered", of));
                }

                _state.QuantityReceived = of - missing;
                _amountsNow |= _state.PaidAmount is not null;
                _learned = true;
            }
        }

        if (f.Timer is { } timer)
        {
            handled |= ApplyTimer(timer);
        }

        handled |= f.ShippedOn is { } shipped && ApplyDate(DialogStep.AskShippedOn, shipped);
        handled |= f.DeliveredOn is { } delivered && ApplyDate(DialogStep.AskDeliveredOn, delivered);
        handled |= f.PaidOn is { } paid && ApplyDate(DialogStep.AskPaidOn, paid);

        // "Sorry, it was actually the 3rd": a date that names no event corrects the date taken last. Beside how the
        // order was paid ("card, nov 20" at the payment question) a past day is the day of paying, not a correction.
        if (f.UnplacedDate is not null && f.Timer is null && f.Correction is { TakenBackDate: { } held, NewDateAhead: { } ahead }
            && ahead >= _today && HoldingDate(held) == DialogStep.AskTimer)
        {
            // "i meant dec 18 not dec 20" of the countdown's end: the 18th still ahead.
            handled |= ApplyTimer(new TimerFact(TimerKind.Running, ahead, TimeSpan.FromDays(ahead.DayNumber - _today.DayNumber)));
            f = f with { UnplacedDate = null };
        }

        // A day taken back beside it ("the 3rd, not the 5th") names the fact it corrects, whichever was taken last.
        if (f.UnplacedDate is { } unplaced && f.Timer is null && f.ShippedOn is null && f.DeliveredOn is null && f.PaidOn is null
            && f.Dispute?.On is null
            && ((f.Correction?.TakenBackDate is { } back ? HoldingDate(back) : null)
                ?? (f.Payment is not null and not PaymentMethod.Unknown && unplaced.Date <= _today ? DialogStep.AskPaidOn : _state.LastDateStep)) is { } last
            // An unplaced date is a past day ("yesterday", "the 3rd"): it can't be a countdown's end still ahead.
            && !(last == DialogStep.AskTimer && unplaced.Date < _today))
        {
            handled |= ApplyDate(last, unplaced);
        }

        if (f.Payment is { } payment)
        {
            ApplyPayment(payment);
        }

        // "Close the dispute and we refund you" is the seller's offer, not the buyer's dispute closed or refunded: the
        // warning covers it.
        if (f.Dispute is { } dispute && !(f.Trap is not null && dispute.Kind is DisputeKind.Closed or DisputeKind.Refunded))
        {
            handled |= ApplyDispute(dispute, advise: !(f.Question is not null && f.IsQuestion));
        }

        // "idk, it came dec 5 tho" at the shipping question: the delivery day is kept and the shipping day is still
        // not known, so the open question is settled as unknown rather than asked again.
        // Beside another fact, only words that say "I don't know" settle it: the "no" of "no dispute yet" at the delivery
        // question answers whether a dispute is open, not the delivery day.
        if (f.DontKnow && !Settled(_state.Step, _state) && (!_learned || _text is null || _kit.Text.IsDontKnow(_text)))
        {
            SkipOpenQuestion();
        }

        return handled;
    }

    private void ApplyArrival(Arrival arrival)
    {
        var known = _state.Arrival;
        if (known == arrival)
        {
            return;
        }

        var group = arrival == Arrival.No ? ArrivalGroup.NotReceived : ArrivalGroup.Received;
        var keepsProblem = Category is not { } category || category.Group == group;
        _state.Arrival = arrival;
        _state.CategoryId = keepsProblem ? _state.CategoryId : null;
        _state.CategoryCandidates = keepsProblem ? _state.CategoryCandidates : null;
        if (known is not null)
        {
            Say("changed.arrival_" + arrival.ToString().ToLowerInvariant());
        }

        _learned = true;
    }

    private void ApplyProblem(Understanding.CategoryGuess guess)
    {
        var known = _state.CategoryId;
        var sideStep = _state.Step is DialogStep.Evidence or DialogStep.Summary or DialogStep.AskReturnCosts;
        if (guess is { Confident: true, Best: { } best })
        {
            // Words said while ticking evidence are not a new problem.
            if (best.Id == known || (known is not null && sideStep))
            {
                return;
            }

            ChooseCategory(best, _text, changed: known is not null);
            return;
        }

        // An unshipped order is not a dispute yet: a weak guess at a parcel problem would only mislead.
        if (known is not null || sideStep || _state.NotShipped)
        {
            return;
        }

        if (guess.Candidates.Count < 2)
        {
            // "my parcel never came" with one faint echo of a reason: "1. that, 2. none of these" is no question worth
            // asking; the problem list of its group is asked instead.
            _state.Details = _text is null ? _state.Details : Trimmed(_text);
            return;
        }

        _state.CategoryCandidates = guess.Candidates.Take(3).Select(c => c.Category.Id).ToArray();
        _state.Details = _text is null ? _state.Details : Trimmed(_text);
        _replies.Add(new TextReply(Text["problem.unclear"]));
        _learned = true;
    }

    internal void ChooseCategory(ProblemCategory category, string? text, bool changed = false)
    {
        _state.CategoryId = category.Id;
        _state.CategoryCandidates = null;
        _state.Arrival = _state.Arrival switch
        {
            null when category.Group == ArrivalGroup.NotReceived => Arrival.No,
            null or Arrival.No when category.Group == ArrivalGroup.Received => Arrival.Yes,
            Arrival.Yes or Arrival.Partly when category.Group == ArrivalGroup.NotReceived => Arrival.No,
            var kept => kept,
        };
        _state.Details = text is null ? _state.Details : Trimmed(text);
        if (changed)
        {
            Say("changed.problem", ("label", category.Label));
        }

        _replies.Add(new TextReply(Text.Format("problem.chosen", ("label", category.Label), ("reason", category.FormReason))));
        _adviceIndex = _replies.Count;
        _replies.Add(new TextReply(Cite(AdviceFor(category))));
        if (category.Id == TrackingSaysDelivered && !_state.TrackingDelivered)
        {
            // Domain rules: "delivered" cuts the time left to about delivered_cut days; say the number, not just "act quickly".
            Say(DeliveredCutKey);
        }

        TickEvidenceNotes(category);
        _learned = true;
    }

    private const string CancelOrder = "cancel_order";

    /// <summary>Index in this turn's replies of the problem's advice, so a later fact of the same message (a dispute
    /// already open, a countdown that has ended) can swap it for the advice that still applies.</summary>
    private int? _adviceIndex;

    /// <summary>A parcel's advice about asking for more time or opening before the end says nothing once a dispute is
    /// open or the countdown has ended; then <c>advice.late.{category}</c> (where the language has one) replaces it.</summary>
    private string AdviceFor(ProblemCategory category)
    {
        var advice = (IsLate || ExtensionTooLate) && Text.Contains("advice.late." + category.Id) ? Text["advice.late." + category.Id] : category.Advice;
        // "Neighbours checked, nothing": the advice to go and look is said as done instead of asked again.
        return _state.LookedAround ? advice.Replace(Text["advice.looked_sentence"], Text["advice.looked_done"], StringComparison.Ordinal) : advice;
    }

    /// <summary>A dispute is open (or was), or the countdown has ended.</summary>
    private bool IsLate => _state.DisputeOpenedOn is not null || _state.Dispute is DisputeKind.Open or DisputeKind.Closed or DisputeKind.Refunded
        || _state.TimerEnded || _state.ProtectionEndsOn < _today;

    /// <summary>Swaps the problem's advice given earlier in this turn when the rest of the message made it late.</summary>
    private void LateAdvice()
    {
        if (_adviceIndex is { } index && index < _replies.Count && Category is { } category)
        {
            _replies[index] = new TextReply(Cite(AdviceFor(category)));
        }
    }

    /// <summary>"None of these": offer every problem of the arrival.</summary>
    internal void ShowAllProblems()
    {
        _state.CategoryCandidates = null;
        Advance();
    }

    private bool ApplyTimer(TimerFact timer)
    {
        switch (timer)
        {
            case { EndsOn: { } first, EndsOnAlternative: { } second } when _state.DayFirst is null:
                return Pending(DialogStep.AskTimer, first, second);

            // "it says confirmation timeout today": the countdown ended, no day of it still runs.
            case { EndsOn: { } date } when !(timer.Kind == TimerKind.Ended && date >= _today):
                return AcceptDate(DialogStep.AskTimer, date, timer.Left);

            case { Kind: TimerKind.Ended }:
                if (!_state.TimerEnded)
                {
                    _state.TimerEnded = true;
                    _state.Answered |= Answered.Timer;
                    Say("timer.ended");
                    _learned = true;
                }

                return true;

            default:
                // "I can't see a timer" never erases a countdown given earlier.
                if (!_state.Answered.HasFlag(Answered.Timer))
                {
                    _state.Answered |= Answered.Timer;
                    _replies.Add(new TextReply(Text["timer.none"]));
                    _learned = true;
                }

                return true;
        }
    }

    private bool ApplyDate(DialogStep step, DateFact fact)
    {
        if (fact.Alternative is not { } second || _state.DayFirst is not null || second == fact.Date)
        {
            return AcceptDate(step, fact.Date);
        }

        // A past day that reads two ways, one of them after today this year (so read as last year's): only the other
        // can be meant.
        if (step != DialogStep.AskTimer && AfterTodayThisYear(fact.Date) != AfterTodayThisYear(second))
        {
            return AcceptDate(step, AfterTodayThisYear(fact.Date) ? second : fact.Date);
        }

        // "4/12" for the shipping day, paid in November: 12 April is before the payment, so only 4 December can be meant.
        if (step != DialogStep.AskTimer && ImpossibleFor(step, fact.Date) != ImpossibleFor(step, second))
        {
            return AcceptDate(step, ImpossibleFor(step, fact.Date) ? second : fact.Date);
        }

        return Pending(step, fact.Date, second);
    }

    /// <summary>A day that can't be what <paramref name="step"/> dates: in the future, or out of order with the payment,
    /// shipping or delivery day already known.</summary>
    private bool ImpossibleFor(DialogStep step, DateOnly date)
    {
        var s = _state;
        return date > _today || step switch
        {
            DialogStep.AskShippedOn => date < s.PaidOn || date > s.DeliveredOn,
            DialogStep.AskDeliveredOn => date < s.ShippedOn || date < s.PaidOn,
            DialogStep.AskPaidOn => date > s.ShippedOn || date > s.DeliveredOn,
            DialogStep.AskDisputeOpened => date < s.PaidOn || date < s.ShippedOn,
            _ => false,
        };
    }

    /// <summary>A day of the last twelve months that, in this year, would still be ahead ("08/12" on 7 December read
    /// as 8 December of last year), or a day after today.</summary>
    private bool AfterTodayThisYear(DateOnly date) =>
        date > _today || (date > _today.AddYears(-1) && date.Year < _today.Year
            && new DateOnly(_today.Year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(_today.Year, date.Month))) > _today);

    /// <summary>A date that reads two ways waits for the buyer's choice; a second one waits behind it.</summary>
    private bool Pending(DialogStep step, DateOnly first, DateOnly second)
    {
        if (_state.PendingDate is not null)
        {
            if (_state.ResumeStep == step || _state.QueuedStep is not null)
            {
                return false;
            }

            var dayFirst = DayFirst;
            _state.QueuedDayFirst = dayFirst ? first : second;
            _state.QueuedMonthFirst = dayFirst ? second : first;
            _state.QueuedStep = step;
            _learned = true;
            return true;
        }

        _state.PendingDate = first;
        _state.PendingAlternative = second;
        _state.ResumeStep = step;
        _learned = true;
        return true;
    }

    /// <summary>The facts saying the pending date is <paramref name="date"/>.</summary>
    internal MessageFacts PendingDateFacts(DateOnly date) => (_state.ResumeStep ?? DialogStep.AskShippedOn) switch
    {
        DialogStep.AskTimer => new MessageFacts { Timer = new TimerFact(date < _today ? TimerKind.Ended : TimerKind.Running, date) },
        DialogStep.AskDeliveredOn => new MessageFacts { DeliveredOn = new DateFact(date) },
        DialogStep.AskPaidOn => new MessageFacts { PaidOn = new DateFact(date) },
        DialogStep.AskDisputeOpened => new MessageFacts { Dispute = new DisputeFact(DisputeKind.Open, date) },
        _ => new MessageFacts { ShippedOn = new DateFact(date) },
    };

    internal void SettleDayOrder(bool dayFirst) => _state.DayFirst = dayFirst;

    /// <summary>Checks a date against what it stands for and the other dates, then stores it and says so.</summary>
    /// <returns>True when taken or refused with a reason.</returns>
    /// <param name="left">The time left as the buyer gave it: under a day ("19 hours left") is said in hours, since
    /// "1 day from today" would promise more time than the countdown has.</param>
    private bool AcceptDate(DialogStep step, DateOnly date, TimeSpan? left = null)
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

        DateOnly? known = step switch
        {
            DialogStep.AskTimer => s.ProtectionEndsOn,
            DialogStep.AskShippedOn => s.ShippedOn,
            DialogStep.AskDeliveredOn => s.DeliveredOn,
            DialogStep.AskPaidOn => s.PaidOn,
            _ => s.DisputeOpenedOn,
        };
        var pendingHere = s.PendingDate is not null && s.ResumeStep == step;
        if (known == date && !pendingHere)
        {
            return true;
        }

        switch (step)
        {
            case DialogStep.AskTimer:
                _state.ProtectionEndsOn = date;
                _state.ProtectionEndsAt = ExactEnd(left);
                _state.TimerEnded = date < _today;
                break;
            case DialogStep.AskShippedOn:
                _state.ShippedOn = date;
                break;
            case DialogStep.AskDeliveredOn:
                _state.DeliveredOn = date;
                break;
            case DialogStep.AskPaidOn:
                _state.PaidOn = date;
                break;
            default:
                _state.DisputeOpenedOn = date;
                _state.Dispute = DisputeKind.Open;
                break;
        }

        _state.Answered |= Flag(step);
        _state.LastDateStep = step;
        if (pendingHere)
        {
            _state.PendingDate = null;
            _state.PendingAlternative = null;
            _state.ResumeStep = null;
        }

        var name = FlagName(step);
        var underADay = step == DialogStep.AskTimer && date >= _today && left is { } span && span > TimeSpan.Zero && span < TimeSpan.FromDays(1);
        // "2 days 5 hours" is said as given: "3 days from today" would promise most of a day the countdown lacks.
        var daysAndHours = step == DialogStep.AskTimer && !underADay && date > _today && left is { } given && Reports.ReportText.InDaysAndHours(given);
        var key = known is not null ? "changed." + name + (daysAndHours ? "_exact" : "")
            : step == DialogStep.AskTimer && date < _today ? "noted.timer_passed"
            : underADay ? "noted.timer_hours"
            : daysAndHours ? "noted.timer_exact"
            : step == DialogStep.AskTimer && date == _today ? "noted.timer_today"
            : "noted." + name;
        var noted = underADay
            ? Text.Format(key, ("date", shown), ("hours", (int)Math.Ceiling(left!.Value.TotalHours)))
            : daysAndHours ? TimerExact(key, date, left!.Value)
            : Text.Format(key, ("date", shown), ("days", DaysText(date.DayNumber - _today.DayNumber)));
        _replies.Add(new TextReply(Cite(DateMeaning(step) is { } meaning ? noted + " " + meaning : noted)));
        if (step == DialogStep.AskTimer && known is null && date > _today && !underADay && ExtensionTooLate
            && Group == ArrivalGroup.NotReceived && !TrackingShowsDelivered
            && !_replies.Exists(r => r is TextReply said && said.Text.Contains(Cite(Text[ExtensionLateKey]), StringComparison.Ordinal)))
        {
            // (Not twice: a warning in the same message may already have said it.)
            // A parcel still on its way with a few days left: too late to count on an extension (seed 000: 48 h to answer).
            _replies.Add(new TextReply(Cite(Text[ExtensionLateKey])));
        }

        _learned = true;
        if (pendingHere)
        {
            ReleaseQueuedDate();
        }

        return true;
    }

    /// <summary>The countdown said in whole days and hours, rounded down ("2 days and 5 hours").</summary>
    internal string TimerExact(string key, DateOnly end, TimeSpan left) =>
        Text.Format(key, ("date", FormatDate(end)), ("days", DaysText(left.Days)), ("hours", left.Hours));

    /// <summary>The countdown's end as a moment, when the buyer gave the time left in hours or minutes; whole days
    /// name a day, not a time.</summary>
    private DateTimeOffset? ExactEnd(TimeSpan? left) =>
        left is { } span && span > TimeSpan.Zero && span.Ticks % TimeSpan.TicksPerDay != 0 ? _localNow + span : null;

    /// <summary>The date that waited behind a confirmed one: read in the day order the buyer's choice settled, else asked.</summary>
    private void ReleaseQueuedDate()
    {
        if (_state is not { QueuedDayFirst: { } dayFirst, QueuedMonthFirst: { } monthFirst, QueuedStep: { } step })
        {
            return;
        }

        _state.QueuedDayFirst = null;
        _state.QueuedMonthFirst = null;
        _state.QueuedStep = null;
        if (_state.DayFirst is { } settled)
        {
            AcceptDate(step, settled ? dayFirst : monthFirst);
        }
        else
        {
            var first = DayFirst ? dayFirst : monthFirst;
            ApplyDate(step, new DateFact(first, first == dayFirst ? monthFirst : dayFirst));
        }
    }

    /// <summary>What a shipping or delivery day means, said with it: the first day of a not-received dispute (seed 000:
    /// day 11 after shipping), or the last day for a received item (seed 000: 15 days after delivery). Nothing when the
    /// countdown sets the day or a dispute is already open: the countdown and the dispute's own timeline count then.
    /// Only once the countdown question is answered: a day derived before it may be later than the countdown's end.</summary>
    private string? DateMeaning(DialogStep step)
    {
        if (_state.DisputeOpenedOn is null && !_state.NotShipped && step == DialogStep.AskDeliveredOn && TrackingShowsDelivered
            && _state.DeliveredOn is { } delivered)
        {
            return DeliveredCutMeaning(delivered);
        }

        if (_state.DisputeOpenedOn is not null || _state.NotShipped || step is not (DialogStep.AskShippedOn or DialogStep.AskDeliveredOn))
        {
            return null;
        }

        // Only once the countdown question is answered: a day derived before it may be later than the countdown's end.
        // Receipt already confirmed is the exception: from that day at most 15 days are left (seed 000), whatever
        // the countdown, which can only end sooner.
        if (!(_state.Answered.HasFlag(Answered.Timer) || _state.TimerEnded || (_receiptConfirmedNow && step == DialogStep.AskDeliveredOn)))
        {
            return null;
        }

        var plan = Plan();
        if (step == DialogStep.AskShippedOn && plan.Find(DeadlineKind.FirstDisputeDay) is { FromTimer: false } first)
        {
            return Text.Format(first.Status == DeadlineStatus.NotYet ? "noted.first_day" : "noted.first_day_passed", ("date", FormatDate(first.Date)));
        }

        if (step == DialogStep.AskDeliveredOn && Group == ArrivalGroup.Received && !TrackingShowsDelivered
            && plan.Find(DeadlineKind.LastDisputeDay) is { FromTimer: false, RuleId: RuleIds.AfterDelivery, Status: not DeadlineStatus.Passed } last)
        {
            return Text.Format("noted.last_day_received", ("date", FormatDate(last.Date)));
        }

        return null;
    }

    /// <summary>"Delivered" in the tracking, said with the countdown's end already known (or told in this message): the
    /// countdown shows the cut time itself, so its end is the day, not delivered_cut days from the delivery.</summary>
    private string DeliveredCutKey =>
        _state.ProtectionEndsOn is not null || _endToldNow is not null ? "deadlines.delivered_timer" : "deadlines.delivered_cut";

    /// <summary>Tracking says delivered: about delivered_cut days from that day are left (domain rules), said as a date;
    /// nothing once the countdown's end is known, since the countdown wins.</summary>
    private string? DeliveredCutMeaning(DateOnly delivered)
    {
        var end = delivered.AddDays(_rules[RuleIds.DeliveredCut].Days);
        if (_state.ProtectionEndsOn is not null || _state.TimerEnded)
        {
            return null;
        }

        var key = end > _today ? "noted.delivered_cut_until" : end == _today ? "noted.delivered_cut_today" : "noted.delivered_cut_passed";
        return Text.Format(key, ("date", FormatDate(end)), ("days", DaysText(end.DayNumber - _today.DayNumber)));
    }

    private void ApplyPayment(PaymentMethod payment)
    {
        var known = _state.Answered.HasFlag(Answered.Payment) ? _state.Payment : null;
        if (known == payment || (payment == PaymentMethod.Unknown && known is not null))
        {
            return;
        }

        _state.Payment = payment;
        _state.Answered |= Answered.Payment;
        if (known is not null && known != PaymentMethod.Unknown)
        {
            Say("changed.payment_" + payment.ToString().ToLowerInvariant());
        }
        else if (_state.Step != DialogStep.AskPayment && payment != PaymentMethod.Unknown)
        {
            // Said while another question is open: say it back once, so the buyer sees it was taken.
            Say("noted.payment_" + payment.ToString().ToLowerInvariant());
        }

        else if (payment == PaymentMethod.Unknown)
        {
            // The safe assumption, said when the buyer doesn't know how they paid: no PayPal or card route is dated.
            Say("unknown.payment");
        }

        _paymentSaidNow = _state.Step != DialogStep.AskPayment;
        _learned = true;
    }

    private const string QuantityShortage = "quantity_shortage";

    /// <param name="advise">False when the message asked a question whose answer already covers it ("I closed it by
    /// mistake, can I reopen it?"): it is answered once.</param>
    private bool ApplyDispute(DisputeFact dispute, bool advise = true)
    {
        switch (dispute.Kind)
        {
            case DisputeKind.NotOpened:
                if (!_state.Answered.HasFlag(Answered.DisputeOpened))
                {
                    _state.Dispute = DisputeKind.NotOpened;
                    _state.Answered |= Answered.DisputeOpened;
                    if (_state.Step != DialogStep.AskDisputeOpened)
                    {
                        Say("noted.no_dispute");
                    }

                    _learned = true;
                }

                return true;

            case DisputeKind.Open when dispute.On is { } on:
                return AcceptDate(DialogStep.AskDisputeOpened, on);

            case DisputeKind.Open:
                if (_state.DisputeOpenedOn is not null)
                {
                    return true;
                }

                if (_state.Step == DialogStep.AskDisputeOpened)
                {
                    Reprompt("reprompt.dispute_opened_when");
                    return true;
                }

                _state.Dispute = DisputeKind.Open;
                return false;

            default:
                if (_state.Dispute != dispute.Kind)
                {
                    // A refund inside the dispute makes closing safe; a closed one may be reopened on conditions (seed 003).
                    _state.Dispute = dispute.Kind;
                    _state.Answered |= Answered.DisputeOpened;
                    if (advise)
                    {
                        Say(dispute.Kind == DisputeKind.Refunded ? "advice.dispute_refunded" : "advice.dispute_closed");
                    }

                    _learned = true;
                }

                return true;
        }
    }

    /// <summary>"I don't know" to the open question: what it means there, or the question skipped.</summary>
    private void SkipOpenQuestion()
    {
        switch (Current?.Unknown)
        {
            case null:
                return;
            case { DontKnow: true }:
                _state.Answered |= Flag(_state.Step);
                _learned = true;
                if (UnknownKey(_state.Step) is { } key)
                {
                    // The safe assumption the dates now rest on, said once, when the buyer says they don't know.
                    Say(key);
                }

                return;
            case { } meaning:
                Apply(meaning);
                return;
        }
    }

    private static string? UnknownKey(DialogStep step) => step switch
    {
        DialogStep.AskShippedOn => "unknown.shipped_on",
        DialogStep.AskDeliveredOn => "unknown.delivered_on",
        DialogStep.AskPaidOn => "unknown.paid_on",
        DialogStep.AskDisputeOpened => "unknown.dispute_opened",
        _ => null,
    };

    private static Answered Flag(DialogStep step) => step switch
    {
        DialogStep.AskTimer => Answered.Timer,
        DialogStep.AskShippedOn => Answered.ShippedOn,
        DialogStep.AskDeliveredOn => Answered.DeliveredOn,
        DialogStep.AskPaidOn => Answered.PaidOn,
        DialogStep.AskDisputeOpened => Answered.DisputeOpened,
        DialogStep.AskPayment => Answered.Payment,
        DialogStep.Unshipped => Answered.CancelAskedOn,
        _ => Answered.None,
    };

    /// <summary>The message key part of <see cref="Flag"/>'s answer ("changed.paidon"), written out: an enum's name
    /// lower-cased was two new strings for every date.</summary>
    private static string FlagName(DialogStep step) => Flag(step) switch
    {
        Answered.Timer => "timer",
        Answered.ShippedOn => "shippedon",
        Answered.DeliveredOn => "deliveredon",
        Answered.PaidOn => "paidon",
        Answered.DisputeOpened => "disputeopened",
        Answered.Payment => "payment",
        _ => "none",
    };

    private static string Trimmed(string text) => text.Length <= MaxDetailsLength ? text : text[..MaxDetailsLength].TrimEnd() + "…";
}
