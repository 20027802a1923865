using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Dates;

namespace DisputeBot.Dialog.Understanding.Facts;

/// <summary>Reads every fact of one buyer message (see <see cref="MessageFacts"/>). Pure and thread-safe.</summary>
/// <remarks>
/// Words place a fact whatever question is open ("shipped on…", "12 days left on the timer", "paid with PayPal");
/// a bare date or count answers the open question (<see cref="MessageContext.Expecting"/>).
/// </remarks>
public sealed class MessageReader
{
    /// <summary>Made once: a char list written in a call is a new array on every call.</summary>
    private static readonly char[] WordBreaks = [' ', ',', '.', '!', '?', ';', ':'];

    private const string DeliveredNotReceived = "delivered_not_received";
    private const string ConfirmationTimeout = "confirmation_timeout";
    private const string CloseForRefundLater = "close_for_refund_later";
    private const string WrongItem = "wrong_item";
    private const string WrongAddressId = "wrong_address";
    private const string InTransit = "in_transit";
    private const string ConfirmReceipt = "confirm_receipt";
    private const string QuantityShortage = "quantity_shortage";
    private const string Damaged = "damaged";

    /// <summary>What a damage explains: an item that came smashed does not work, and "2 of 4 propellers snapped" has its
    /// pieces; these beside a damage word are no second problem.</summary>
    private static readonly string[] ExplainedByDamage = ["quality", QuantityShortage, "missing_parts"];
    private const string CustomsFee = "customs_fee";
    private const string Customs = "customs";
    private const string Appeal = "appeal";
    private const string ChargedTwice = "charged_twice";

    /// <summary>"the seller never approved my extension": a situation whose answer is what to do now.</summary>
    private const string ExtensionNotApproved = "extension_not_approved";
    private const string MyDeadlines = "my_deadlines";
    private const string AfterConfirming = "after_confirming";
    private const string RefundWithReturn = "refund_with_return";
    private const string ReopenDispute = "reopen_dispute";

    private readonly TextUnderstanding _text;
    private readonly DateReader _dates;
    private readonly ProblemCategory? _deliveredNotReceived;
    private readonly ProblemCategory? _wrongItem;
    private readonly ProblemCategory? _inTransit;
    private readonly Supposition _supposition;
    private readonly SellerSpeech _sellerSpeech;
    private readonly ReturnCostReader _returnCosts;
    private readonly HashSet<string> _shippingWords;
    private readonly System.Globalization.CultureInfo _culture;
    private readonly MissingCountReader _missing;
    private readonly CorrectionReader _corrections;


    public MessageReader(TextUnderstanding text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        _dates = new DateReader(text.Pack.Vocabulary);
        _deliveredNotReceived = text.Pack.Categories.FirstOrDefault(c => c.Id == DeliveredNotReceived);
        _wrongItem = text.Pack.Categories.FirstOrDefault(c => c.Id == WrongItem);
        _inTransit = text.Pack.Categories.FirstOrDefault(c => c.Id == InTransit);
        _supposition = new Supposition(text.Pack.Vocabulary.Hypothetical);
        _sellerSpeech = new SellerSpeech(text.Pack.Vocabulary);
        _returnCosts = new ReturnCostReader(text.Pack.Vocabulary);
        _shippingWords = new HashSet<string>(text.Pack.Vocabulary.Shipped, StringComparer.OrdinalIgnoreCase);
        _culture = System.Globalization.CultureInfo.GetCultureInfo(text.Pack.Language);
        _missing = new MissingCountReader(text.Pack.Vocabulary);
        _corrections = new CorrectionReader(text.Pack.Vocabulary);
    }

    /// <summary>The part of <paramref name="text"/> that tells rather than supposes ("what if…" clauses left out) or
    /// passes on the seller's words ("seller wrote: …").</summary>
    public string Stated(string text) => _supposition.Stated(_sellerSpeech.Outside(text));

    /// <summary>The buyer's own words: the text without the seller's, quoted or not ("seller wrote: …").</summary>
    public string OwnWords(string text) => _sellerSpeech.Outside(QuotedText.Outside(text));

    public MessageFacts Read(string text, MessageContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(text))
        {
            return MessageFacts.None;
        }

        if (LanguageDetector.Detect(text, _text.Pack.Language) is { } language && !LanguageDetector.SameLanguage(language, _text.Pack.Language))
        {
            return new MessageFacts { OtherLanguage = true };
        }

        var correction = ReadCorrection(text, context, out var corrected);
        text = corrected;
        var u = _text;
        var expecting = context.Expecting;
        var isQuestion = text.Contains('?', StringComparison.Ordinal) || u.StartsAsQuestion(text) || u.EndsAsQuestion(text);
        var dontKnow = u.IsDontKnow(text);
        // The whole text asks and quotes; only what it tells, outside "what if…" clauses, are facts.
        var whole = text;
        text = Stated(text);
        var notShipped = u.SaysNotShipped(text);
        var trackingDelivered = u.Affirms(text, FactPhrase.TrackingDelivered);
        // "should I do that?" asks; its "I do" answers nothing.
        var arrival = u.ReadArrival(text, yesNoCounts: expecting == Expectation.Arrival && !isQuestion);
        if (arrival is null && notShipped)
        {
            arrival = Arrival.No;
        }

        var quantities = u.ReadQuantities(text);
        if (quantities is { } read && (InOneNumber(text, read.Received, read.Ordered) || InOneNumber(text, read.Ordered, read.Received)))
        {
            // "pagué 59.99", "zapłaciłem 59,99": a price with its cents, not 59 pieces of 99.
            quantities = null;
        }

        int? missingCount = null;
        switch (_missing.Read(text))
        {
            case ({ } gone, { } ordered):
                // "2 of 5 missing": 3 of the 5 came, not 2.
                quantities = new QuantityReport(ordered - gone, ordered);
                break;
            case ({ } gone, null) when quantities is null:
                missingCount = gone;
                break;
        }

        var receivedOnly = quantities is null ? u.ReadReceivedOnly(text) : null;
        if (trackingDelivered && (arrival is Arrival.Yes
            || (arrival is null && context.Group == ArrivalGroup.Received && !u.SaysNotArrived(text))))
        {
            // "got my hoodie, wrong colour" then "it says delivered 2 days ago": the day a received item was delivered,
            // not a claim that nothing came; only words that say nothing came turn a received item into "delivered,
            // not received".
            trackingDelivered = false;
        }

        if (receivedOnly is not null && arrival == Arrival.Yes)
        {
            // "i recounted, only 3 came": a count of what came, not news that the parcel arrived; whether it is part
            // of the order is for the dialog to judge against the count ordered it knows.
            arrival = null;
        }
        if (quantities is { Received: > 0 } q && q.Received < q.Ordered && arrival is null or Arrival.Yes)
        {
            // "only got 3 of the 10": part of the order came.
            arrival = Arrival.Partly;
        }

        // "seller wrote: sorry the parcel was lost. ..." asks nothing: the seller's words are no question of the buyer's.
        var question = u.MatchFaq(_sellerSpeech.Outside(whole));
        var trap = u.DetectTrap(whole);

        var problem = Shortage(ReadProblem(text, context, arrival, trackingDelivered), quantities);
        // A fee at the post office or a dispute decided for the seller asks for the answer however it is phrased.
        var situationAsks = false;
        if (question?.Id == CustomsFee && problem is { Candidates: [{ Category.Id: Customs }, ..] })
        {
            situationAsks = true;
            // "the post office wants a customs fee before they hand it over": a fee at one's own post office is the
            // buyer's to pay, not a parcel held; the question's answer says so, no problem is chosen.
            problem = null;
        }

        if (question?.Id == ChargedTwice)
        {
            // "I got charged twice on my mastercard": a payment problem, not the parcel's; the answer is what to do.
            situationAsks = true;
            problem = null;
        }

        if (question?.Id == RefundWithReturn && _returnCosts.Read(whole, _culture) is not null)
        {
            // "the seller wants it back but postage is 40 and it cost 35": the two numbers ask which refund to take.
            situationAsks = true;
        }

        if (question?.Id == ExtensionNotApproved)
        {
            // "asked for extension two days ago but the seller never approved it": told, and it asks what now (seed 004
            // line 28: open the dispute); its date is the request's, no answer to the open question.
            situationAsks = true;
        }

        var decidedForSeller = question?.Id == Appeal && !u.SaysDisputeOpened(text);
        if (decidedForSeller)
        {
            // "aliexpress closed my dispute for the seller": decided, not cancelled, and no seller's promise to fall
            // for; the appeal answers, and the parcel's problem is already behind the dispute.
            trap = null;
            problem = null;
            situationAsks = true;
        }
        if (problem is null && quantities is null && arrival is not Arrival.No && context.Group != ArrivalGroup.NotReceived
            && _wrongItem is { } wrongItem && u.SaysOrderedThenGot(text))
        {
            // "ordered a drill bit set, got a packet of hair clips": one thing ordered, another got, nothing else said.
            problem = new CategoryGuess([new CategoryScore(wrongItem, 1.0)], Confident: true);
        }

        if (problem is not { Confident: true } && _inTransit is { } inTransit && !trackingDelivered && u.SaysArrivedAtStop(text)
            && problem?.Candidates.Any(c => c.Category.Id == Customs) != true)
        {
            // "tracking says arrived at local facility": the tracking names a stop on the way, so the parcel is still
            // in transit, whatever faint echo of another reason the words carry.
            problem = new CategoryGuess([new CategoryScore(inTransit, 1.0)], Confident: true);
        }

        if (problem is { Confident: true, Candidates: [{ Category.Id: WrongAddressId }, ..] } && arrival is not (Arrival.Yes or Arrival.Partly)
            && !trackingDelivered && u.Affirms(text, FactPhrase.Delivered))
        {
            // "it was delivered to a different city": the tracking says delivered, somewhere else; that cuts the time
            // left as any "delivered" does (domain-rules.md, "Tracking says delivered ... or to another city").
            trackingDelivered = true;
        }

        if (arrival is null && problem is { Confident: true } p && p.Candidates[0].Category.Group == ArrivalGroup.NotReceived)
        {
            // "tracking says delivered but there's nothing here": a not-received problem says it did not arrive.
            arrival = Arrival.No;
        }

        // "got my earbuds today", "they came last friday": with the item in hand, a day no word places is the delivery day.
        var received = arrival is Arrival.Yes or Arrival.Partly
            || (arrival is null && problem is { Confident: true } r && r.Candidates[0].Category.Group == ArrivalGroup.Received);
        // "can I confirm receipt now?" at the timer question asks about a trap; its "now" is no answer.
        // "what should I do now?" asks something of its own: its "now" is no answer either.
        // "ok so should i open the dispute today?": a date in a question is asked about, never the open question's answer.
        var answersOpenQuestion = !isQuestion && question?.Id != ExtensionNotApproved;
        var dates = ReadDates(text, context, answersOpenQuestion, received && trap is null, correction, out var impossible);
        // "what is confirmation timeout?" asks about the state; "my order says confirmation timeout" reports it.
        var timer = dates.Timer ?? (isQuestion && u.StartsAsQuestion(whole) ? null : ReadTimerWords(text, expecting, dontKnow));
        if (timer is { Kind: TimerKind.Ended, EndsOn: not null } && u.Affirms(text, FactPhrase.Guess))
        {
            // "i think timer ran out dec 4 or so": ended, but the day is a guess, never a date from the order page.
            timer = new TimerFact(TimerKind.Ended);
        }

        if (timer is { Kind: TimerKind.Ended } && !isQuestion && question?.Id == ConfirmationTimeout)
        {
            // "confirmation timeout" typed as the timer's state is an answer, not a question about it.
            question = null;
        }

        // "should i do it?" at "have you opened a dispute?" asks about the offer just warned about: a question is no yes.
        // A seller's message pasted in quotes ("pls close dispute") tells nothing of the buyer's dispute.
        var dispute = decidedForSeller ? null : ReadDispute(QuotedText.Outside(text), isQuestion && expecting == Expectation.DisputeOpened ? Expectation.Nothing : expecting, dates.DisputeOn);
        if (trap?.Id == CloseForRefundLater && dispute?.Kind is DisputeKind.Refunded or DisputeKind.Closed
            && (isQuestion || (question is not null && u.Affirms(whole, FactPhrase.AlreadyDone))))
        {
            // "I was refunded inside the dispute, can I close it?", "I closed it by mistake, can I reopen it?": no
            // promise to fall for, the step is behind the buyer ("i closed it by mistake can i reopen" asks without a
            // question mark). A pasted "please close the dispute first then we refund you" asks nothing of the bot and
            // tells nothing done: the promise is there to warn about.
            trap = null;
        }

        if (dispute?.Kind == DisputeKind.Refunded && (trap?.Id.StartsWith("close_for", StringComparison.Ordinal) == true || question?.Id == ReopenDispute)
            && (question is null || question.Id == ReopenDispute))
        {
            // "got the full refund in the dispute, seller asks to close it, is it safe?": closing a settled dispute is
            // safe (domain-rules), which the refunded advice says; nothing is to be reopened.
            trap = null;
            question = null;
        }

        if (trap?.Id == ConfirmReceipt && arrival is null && u.SaysNotArrived(text))
        {
            // "click confirm received now, the item hasnt even arrived": the "received" is the button's.
            arrival = Arrival.No;
        }

        var deliveredOn = dates.DeliveredOn;
        if (trap?.Id == ConfirmReceipt && arrival == Arrival.No)
        {
            // "seller wants me to confirm received now, it hasn't arrived": the "received" is the button, no delivery.
            deliveredOn = null;
        }

        var shippedOn = dates.ShippedOn;
        if (arrival == Arrival.No && !trackingDelivered && deliveredOn is not null)
        {
            // "never arrived, its been 7 weeks since seller shipped": a parcel that never came has no delivery day; a
            // date told with a word of shipping is the shipping day.
            if (shippedOn is null && MentionsShipping(text))
            {
                shippedOn = deliveredOn;
            }

            deliveredOn = null;
        }

        var receiptConfirmed = false;
        var unplaced = dates.Unplaced;
        // "I confirmed it by mistake and now it's broken" tells the step, it asks nothing; "the seller wants me to
        // confirm, I already have it" does not, so outside a question only a telling phrase counts.
        var toldConfirmed = trap?.Id == ConfirmReceipt && u.TellsReceiptConfirmed(OwnWords(whole));
        if (trap is not null && ((isQuestion && u.Affirms(OwnWords(whole), FactPhrase.AlreadyDone)) || toldConfirmed))
        {
            receiptConfirmed = trap.Id == ConfirmReceipt;
            if (receiptConfirmed && (question is null || question.Id == MyDeadlines))
            {
                // "I confirmed receipt by mistake, is it too late?": what is left after confirming is the answer.
                question = u.Pack.Faq.FirstOrDefault(f => f.Id == AfterConfirming) ?? question;
                // Told, not asked: what is left after confirming is still what the buyer needs to hear.
                situationAsks |= toldConfirmed;
            }

            if (toldConfirmed && deliveredOn is null && unplaced is not null)
            {
                // "I confirmed it two days ago": the 15 days run from the confirmation (seed 000), as from a delivery.
                deliveredOn = unplaced;
                unplaced = null;
            }

            // "I already clicked confirm received, can I still dispute?": a warning not to do it comes too late.
            trap = null;
        }

        return new MessageFacts
        {
            Arrival = arrival,
            Problem = problem,
            NotShipped = notShipped,
            TrackingSaysDelivered = trackingDelivered,
            Timer = timer,
            ShippedOn = shippedOn,
            DeliveredOn = deliveredOn,
            PaidOn = dates.PaidOn,
            // "He wants my PayPal email": a seller's offer names a way to pay, not the buyer's payment.
            Payment = trap is null ? ReadPayment(text, expecting, correction is not null) : u.ReadPaidWith(text),
            Quantities = quantities,
            MissingCount = missingCount,
            ReceivedOnly = receivedOnly,
            UnplacedDate = unplaced,
            SellerWaitUntil = dates.SellerWait,
            Dispute = dispute,
            Trap = trap,
            Question = question,
            IsQuestion = isQuestion || situationAsks,
            IsGreeting = u.IsGreetingOnly(whole),
            YesNo = u.ReadLeadingYesNo(whole),
            DontKnow = dontKnow,
            ImpossibleDate = impossible,
            ReceiptConfirmed = receiptConfirmed,
            Correction = correction,
        };
    }

    /// <summary>"59.99" stands in the text: <paramref name="whole"/> and <paramref name="cents"/> are one number with a
    /// decimal mark between them.</summary>
    private static bool InOneNumber(string text, int whole, int cents)
    {
        foreach (var mark in ".,")
        {
            var number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{whole}{mark}{cents}");
            for (var at = text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
            {
                var end = at + number.Length;
                if ((at == 0 || !char.IsAsciiDigit(text[at - 1])) && (end == text.Length || !char.IsAsciiDigit(text[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool MentionsShipping(string text)
    {
        foreach (var word in text.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            if (_shippingWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A correction in <paramref name="text"/> ("sorry i meant 49.99 not 59.99", "the 3rd not the 5th"), and
    /// the text to read facts from: a day or a way of paying taken back ("not the 5th", "not card") is no fact of the
    /// order. A number taken back stays: only the dialog knows whether it was a price or a count.</summary>
    private Correction? ReadCorrection(string text, MessageContext context, out string rest)
    {
        rest = text;
        if (_corrections.Read(text, _culture) is not { } found)
        {
            return null;
        }

        DateOnly? backDate = null;
        decimal? backNumber = null;
        PaymentMethod? backPayment = null;
        if (found.TakenBack is { } back)
        {
            if (_dates.Read(back, context.Today, context.DayFirst) is { Kind: DateReadingKind.Date or DateReadingKind.Ambiguous, Date: { } day })
            {
                backDate = day;
            }
            else if (_text.ReadPayment(back) is { } method and not PaymentMethod.Unknown)
            {
                backPayment = method;
            }
            else if (AmountReader.Read(back, _culture) is [var number, ..])
            {
                backNumber = number;
            }
        }

        if (backDate is not null || backPayment is not null)
        {
            rest = found.Rest;
        }

        var ahead = backDate is not null && _dates.Read(rest, context.Today, context.DayFirst, expectFuture: true) is { Kind: DateReadingKind.Date or DateReadingKind.Ambiguous, Date: { } next }
            ? next
            : (DateOnly?)null;
        return new Correction(found.Cued, backDate, backNumber, backPayment, found.NewNumber, found.NewIsMoney) { NewDateAhead = ahead, NewIsDays = found.NewIsDays, NewPercent = found.NewPercent };
    }

    private (TimerFact? Timer, DateFact? ShippedOn, DateFact? DeliveredOn, DateFact? PaidOn, DateOnly? DisputeOn, DateFact? Unplaced, DateOnly? SellerWait) ReadDates(
        string text, MessageContext context, bool answersOpenQuestion, bool received, Correction? correction, out bool impossible)
    {
        impossible = false;
        var buffer = default(DateFoundBuffer);
        Span<DateFound> found = buffer;
        // "actually it was the 3rd" at the timer question corrects a day said before: the 3rd of this month, not of the
        // next one a countdown's end would be.
        var correcting = correction is { Cued: true } || correction?.TakenBackDate is not null;
        var count = _dates.ReadAll(text, context.Now, context.DayFirst, expectFuture: context.Expecting == Expectation.Timer && !correcting, found);
        TimerFact? timer = null;
        TimerFact? bareTimer = null;
        DateFact? unplaced = null;
        DateFact? shipped = null;
        DateFact? delivered = null;
        DateFact? paid = null;
        DateOnly? disputeOn = null;
        DateOnly? sellerWait = null;
        for (var k = 0; k < count; k++)
        {
            var (reading, role, direction, atMost, span) = found[k];
            if (reading.Kind == DateReadingKind.NoSuchDate)
            {
                impossible = true;
                continue;
            }

            if (reading.Date is not { } date)
            {
                continue;
            }

            if (role == DateWordClass.InTransit)
            {
                // "in transit since 12 nov": when tracking last moved, neither a delivery nor the timer.
                continue;
            }

            if (role == DateWordClass.SellerWait && correction?.TakenBackDate is not null)
            {
                // "no wait, it was dec 2 not dec 4": the buyer's own "wait", no seller asking to.
                role = null;
            }
            else if (role == DateWordClass.SellerWait)
            {
                // "seller says wait another 2 weeks", "wait 10 more days": what the seller asks, not a date of the order;
                // kept only to weigh against the countdown.
                sellerWait ??= date > context.Today ? date : null;
                continue;
            }

            var isCount = reading.Kind == DateReadingKind.DaysLeft;
            var expecting = answersOpenQuestion ? context.Expecting : Expectation.Nothing;

            // A count with "left" or "less than" is the timer, whatever else the sentence names.
            if (direction == DateWordClass.Left || (atMost && role is null or DateWordClass.Timer)
                || (isCount && role == DateWordClass.Timer))
            {
                timer ??= new TimerFact(TimerKind.Running, date, span);
                continue;
            }

            if (isCount && role is null && expecting == Expectation.Timer)
            {
                // A bare count answers the timer question, unless the message also names the timer's count.
                bareTimer ??= new TimerFact(TimerKind.Running, date, span);
                continue;
            }

            if (isCount && role is null && direction is null && !atMost && span is { Days: > 0 } told && told.Ticks % TimeSpan.TicksPerDay != 0)
            {
                // "2 days 14 hours": the order page's countdown shows days and hours; nothing else of an order is told
                // to the hour, so it is the timer whichever question is open.
                bareTimer ??= new TimerFact(TimerKind.Running, date, span);
                continue;
            }

            // With the item in hand, a date no word places is the day it came ("got it today").
            // A correction's day goes to the fact it corrects: a past day is no countdown's end, and a day taken back
            // beside it ("the 3rd not the 5th") names that fact, whatever question is open.
            var open = correcting && (correction!.TakenBackDate is not null || (expecting == Expectation.Timer && date < context.Today)) ? null : Slot(expecting);
            var slot = role ?? open ?? (received && !correcting && reading.Kind != DateReadingKind.DaysLeft ? DateWordClass.Delivered : null);
            if (slot is null && !isCount && correcting && date > context.Today)
            {
                // "i meant dec 18 not dec 20": a day still ahead is only ever the countdown's end.
                timer ??= new TimerFact(TimerKind.Running, date, TimeSpan.FromDays(date.DayNumber - context.Today.DayNumber), reading.Alternative);
                continue;
            }

            if (slot is null && !isCount)
            {
                unplaced ??= Past(reading, direction, span, context);
                continue;
            }

            switch (slot)
            {
                case DateWordClass.TimerEnded:
                    timer ??= new TimerFact(TimerKind.Ended, date, EndsOnAlternative: reading.Alternative);
                    break;
                case DateWordClass.Timer:
                    timer ??= date < context.Today
                        ? new TimerFact(TimerKind.Ended, date, EndsOnAlternative: reading.Alternative)
                        : new TimerFact(TimerKind.Running, date, date.DayNumber - context.Today.DayNumber is var days ? TimeSpan.FromDays(days) : null, reading.Alternative);
                    break;
                case DateWordClass.Shipped:
                    shipped ??= Past(reading, direction, span, context);
                    break;
                case DateWordClass.Delivered:
                    delivered ??= Past(reading, direction, span, context);
                    break;
                case DateWordClass.Paid:
                    paid ??= Past(reading, direction, span, context);
                    break;
                case DateWordClass.DisputeOpened:
                    disputeOn ??= Past(reading, direction, span, context)?.Date;
                    break;
            }
        }

        return (timer ?? bareTimer, shipped, delivered, paid, disputeOn, unplaced, sellerWait);
    }

    /// <summary>The date slot a bare date answers, from the open question.</summary>
    private static DateWordClass? Slot(Expectation expecting) => expecting switch
    {
        Expectation.Timer => DateWordClass.Timer,
        Expectation.ShippedOn => DateWordClass.Shipped,
        Expectation.DeliveredOn => DateWordClass.Delivered,
        Expectation.PaidOn => DateWordClass.Paid,
        Expectation.DisputeOpened => DateWordClass.DisputeOpened,
        _ => null,
    };

    /// <summary>A date in the past: a bare count ("12 days" when asked when it was delivered) counts back from now; a
    /// count ahead ("in 12 days") or a day after today ("tomorrow") is no past date.</summary>
    private static DateFact? Past(DateReading reading, DateWordClass? direction, TimeSpan? given, MessageContext context)
    {
        if (reading.Kind != DateReadingKind.DaysLeft)
        {
            return reading.Date!.Value > context.Today ? null : new DateFact(reading.Date.Value, reading.Alternative);
        }

        if (direction is not null || given is not { } span)
        {
            return null;
        }

        return new DateFact(DateOnly.FromDateTime((context.Now - span).DateTime));
    }

    /// <summary>The timer's state said in words, without a date: "the timer ran out", "confirmation timeout", "I can't
    /// see a timer".</summary>
    private TimerFact? ReadTimerWords(string text, Expectation expecting, bool dontKnow)
    {
        var aboutTimer = expecting == Expectation.Timer || _text.Affirms(text, FactPhrase.Timer);
        if (aboutTimer && _text.Affirms(text, FactPhrase.TimerEnded))
        {
            return new TimerFact(TimerKind.Ended);
        }

        // "no timer visible sorry" says it whatever question is open, and so does a countdown denied ("i dont have any
        // timer"): the buyer cannot read it, so it is never asked again.
        return (dontKnow && (expecting == Expectation.Timer || _text.Mentions(text, FactPhrase.Timer))) || _text.DeniesTimer(text)
            ? new TimerFact(TimerKind.NotVisible)
            : null;
    }

    private CategoryGuess? ReadProblem(string text, MessageContext context, Arrival? arrival, bool trackingDelivered)
    {
        var group = arrival switch
        {
            Arrival.No => ArrivalGroup.NotReceived,
            Arrival.Yes or Arrival.Partly => ArrivalGroup.Received,
            _ => context.Group,
        };
        var guess = _text.ClassifyProblem(text, group);
        if (trackingDelivered && arrival != Arrival.Yes && _deliveredNotReceived is { } category
            && (!guess.Confident || guess.Candidates[0].Category.Id != DeliveredNotReceived))
        {
            // Tracking says delivered and the buyer has nothing: that is the category, whatever else matched.
            return new CategoryGuess([new CategoryScore(category, 1.0)], Confident: true);
        }

        return guess.Candidates.Count == 0 ? null : Damage(guess, text);
    }

    /// <summary>"came smashed, the cover cracked and it wont charge": a damage word named, nothing said missing, and only
    /// what a damage explains beside it: the damage, without a pick list.</summary>
    private CategoryGuess Damage(CategoryGuess guess, string text)
    {
        if (guess.Confident || !guess.Candidates.Any(c => c.Category.Id == Damaged)
            || !guess.Candidates.All(c => c.Category.Id == Damaged || ExplainedByDamage.Contains(c.Category.Id))
            || !_text.SaysDamage(text))
        {
            return guess;
        }

        return new CategoryGuess([guess.Candidates.First(c => c.Category.Id == Damaged)], Confident: true);
    }

    /// <summary>"paid for 10 pairs, got 6": counts that fall short make a shortage the leading guess certain.</summary>
    private static CategoryGuess? Shortage(CategoryGuess? guess, QuantityReport? quantities) =>
        guess is { Confident: false, Candidates: [{ Category.Id: QuantityShortage } top, ..] } && quantities is { } q && q.Received < q.Ordered
            ? new CategoryGuess([top], Confident: true)
            : guess;

    private PaymentMethod? ReadPayment(string text, Expectation expecting, bool correcting)
    {
        // "I paid by card, now the seller offers PayPal": the method after the paying word is the payment.
        if (_text.ReadPaidWith(text) is { } paidWith)
        {
            return paidWith;
        }

        var payment = _text.ReadPayment(text);
        // "sorry i meant card": a correction names the payment it puts right without a word of paying.
        if (expecting == Expectation.Payment || correcting || payment is null or PaymentMethod.PayPal)
        {
            return payment;
        }

        // Outside the payment question, "card" or "cash" name a payment only with a word of paying ("paid by card").
        return payment != PaymentMethod.Unknown && _text.Affirms(text, FactPhrase.Paid) ? payment : null;
    }

    private DisputeFact? ReadDispute(string text, Expectation expecting, DateOnly? on)
    {
        if (_text.SaysRefunded(text))
        {
            return new DisputeFact(DisputeKind.Refunded);
        }

        if (_text.Affirms(text, FactPhrase.DisputeClosed))
        {
            return new DisputeFact(DisputeKind.Closed);
        }

        if (_text.Affirms(text, FactPhrase.NoDispute) || (expecting != Expectation.Arrival && _text.SaysNotOpenedYet(text)))
        {
            return new DisputeFact(DisputeKind.NotOpened);
        }

        if (_text.SaysDisputeOpened(text) || on is not null)
        {
            return new DisputeFact(DisputeKind.Open, on);
        }

        return expecting == Expectation.DisputeOpened
            ? _text.ReadYesNo(text) switch
            {
                true => new DisputeFact(DisputeKind.Open),
                false => new DisputeFact(DisputeKind.NotOpened),
                null => null,
            }
            : null;
    }
}
