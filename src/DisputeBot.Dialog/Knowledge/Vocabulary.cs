namespace DisputeBot.Dialog.Knowledge;

/// <summary>Small words the dialog understands in one language (dialogs/{language}/vocabulary.yaml).</summary>
/// <param name="Yes">Words meaning yes ("yes", "yep", "y").</param>
/// <param name="No">Words meaning no.</param>
/// <param name="Partly">Phrases meaning "only part of it arrived".</param>
/// <param name="Today">"today".</param>
/// <param name="Yesterday">"yesterday".</param>
/// <param name="Tomorrow">"tomorrow".</param>
/// <param name="Ago">Words after a count meaning in the past ("ago").</param>
/// <param name="Left">Words after a count meaning remaining ("left", "remaining").</param>
/// <param name="In">Words before a count meaning in the future ("in").</param>
/// <param name="Day">Forms of "day" ("day", "days", "d").</param>
/// <param name="Week">Forms of "week".</param>
/// <param name="Month">Forms of "month".</param>
/// <param name="MonthNames">Twelve lists, January first: full names, abbreviations and common misspellings.</param>
/// <param name="PayPal">Words naming PayPal.</param>
/// <param name="Card">Words naming a card or AliExpress's own payment.</param>
/// <param name="DontKnow">Phrases meaning "I don't know / can't see it / skip".</param>
public sealed record Vocabulary(
    IReadOnlyList<string> Yes,
    IReadOnlyList<string> No,
    IReadOnlyList<string> Partly,
    IReadOnlyList<string> Today,
    IReadOnlyList<string> Yesterday,
    IReadOnlyList<string> Tomorrow,
    IReadOnlyList<string> Ago,
    IReadOnlyList<string> Left,
    IReadOnlyList<string> In,
    IReadOnlyList<string> Day,
    IReadOnlyList<string> Week,
    IReadOnlyList<string> Month,
    IReadOnlyList<IReadOnlyList<string>> MonthNames,
    IReadOnlyList<string> PayPal,
    IReadOnlyList<string> Card,
    IReadOnlyList<string> DontKnow)
{
    /// <summary>Phrases meaning "it arrived" ("got it", "it came"); negated ("it never came") they mean no.</summary>
    public IReadOnlyList<string> Arrived { get; init; } = [];

    /// <summary>Phrases meaning "it has not arrived" ("still waiting", "on its way").</summary>
    public IReadOnlyList<string> NotArrived { get; init; } = [];

    /// <summary>Words naming another way of paying ("bank transfer", "boleto").</summary>
    public IReadOnlyList<string> OtherPayment { get; init; } = [];

    /// <summary>Number words by value: entry 0 lists the words for zero, entry 12 "twelve", "a dozen".</summary>
    public IReadOnlyList<IReadOnlyList<string>> Numbers { get; init; } = [];

    /// <summary>Currencies, each list led by its code ("usd", then "dollar", "bucks"): an amount keeps the currency its
    /// word names.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Currencies { get; init; } = [];

    /// <summary>Hundreds in words, 100 first ("hundred", "a hundred"; then "two hundred"…): nine lists.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Hundreds { get; init; } = [];

    /// <summary>Words for the hundredth of a currency ("cents"): "105 dollars 99 cents" is 105.99.</summary>
    public IReadOnlyList<string> CentUnits { get; init; } = [];

    /// <summary>"Arrived" at a place on the way ("arrived in my country", "arrived at the sorting center"): not at the
    /// buyer's door, so the parcel is still in transit.</summary>
    public IReadOnlyList<string> ArrivedInTransit { get; init; } = [];

    /// <summary>Stops on a parcel's way ("local facility", "sorting center", "customs"): an arrival or delivery word
    /// a few words before one ("arrived at the local facility") is the tracking's stop, not the buyer's door.</summary>
    public IReadOnlyList<string> TransitStops { get; init; } = [];

    /// <summary>Words that say what is wrong with some pieces ("snapped", "cracked"): "2 of 4 propellers snapped" is
    /// damage, not 2 of 4 pieces received.</summary>
    public IReadOnlyList<string> DamageWords { get; init; } = [];

    /// <summary>Words next to the ordered count ("ordered 12", "bought 12").</summary>
    public IReadOnlyList<string> QuantityOrdered { get; init; } = [];

    /// <summary>Words next to the received count ("received 5", "only 5").</summary>
    public IReadOnlyList<string> QuantityReceived { get; init; } = [];

    /// <summary>Words between the two counts of "5 of 12", "3 out of 10".</summary>
    public IReadOnlyList<string> QuantityOf { get; init; } = [];

    /// <summary>Words after "of" that make "2 of those 9" a part of a count already said, not received of ordered.</summary>
    public IReadOnlyList<string> QuantitySubset { get; init; } = [];

    /// <summary>Words an amount of return postage follows ("postage is 20", "shipping back costs 12").</summary>
    public IReadOnlyList<string> AmountPostage { get; init; } = [];

    /// <summary>Words the item's price follows ("the lamp cost 15", "paid 30").</summary>
    public IReadOnlyList<string> AmountPrice { get; init; } = [];

    /// <summary>Words a seller's offered amount follows ("they offered 4", "compensation of 2").</summary>
    public IReadOnlyList<string> AmountOffer { get; init; } = [];

    /// <summary>Words after an amount that make it the seller's offer ("4 usd refund", "5 dollars back").</summary>
    public IReadOnlyList<string> AmountOfferAfter { get; init; } = [];

    /// <summary>Words that make a price the value of what is missing ("the missing one cost 7").</summary>
    public IReadOnlyList<string> AmountMissing { get; init; } = [];

    /// <summary>Words that negate what follows ("not", "never", "doesn't").</summary>
    public IReadOnlyList<string> Negation { get; init; } = [];

    /// <summary>Words that end a negation's reach ("but", "just"): "not damaged, just the wrong colour".</summary>
    public IReadOnlyList<string> Contrast { get; init; } = [];

    /// <summary>Words that join two things the buyer lists ("and", "plus"): "screenshot of the tracking and my address"
    /// names two pieces of proof.</summary>
    public IReadOnlyList<string> Joining { get; init; } = [];

    /// <summary>One word or phrase for two days back ("позавчера", "przedwczoraj", "anteayer").</summary>
    public IReadOnlyList<string> DayBeforeYesterday { get; init; } = [];

    /// <summary>Phrases meaning "up to now" ("till today", "do dziś", "до сих пор"): no date, however they end.</summary>
    public IReadOnlyList<string> UntilNow { get; init; } = [];

    /// <summary>Words that carry no meaning for matching cues ("the", "my", "is").</summary>
    public IReadOnlyList<string> Filler { get; init; } = [];

    /// <summary>Groups of words matching treats as the same ("colour", "color").</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; init; } = [];

    /// <summary>Forms of "hour" ("19 hours left", "3 days 4 hours").</summary>
    public IReadOnlyList<string> Hour { get; init; } = [];

    /// <summary>Seven lists, Monday first: weekday names, abbreviations and misspellings.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Weekdays { get; init; } = [];

    /// <summary>Words before a count meaning "at most" ("less than a day"): the buyer-safe end is today.</summary>
    public IReadOnlyList<string> LessThan { get; init; } = [];

    /// <summary>Words that make a nearby date the shipping day ("shipped", "sent out").</summary>
    public IReadOnlyList<string> Shipped { get; init; } = [];

    /// <summary>Words that make a nearby date the delivery day ("delivered", "arrived", "received").</summary>
    public IReadOnlyList<string> Delivered { get; init; } = [];

    /// <summary>Words that make a nearby date the payment day and name a payment ("paid", "payment").</summary>
    public IReadOnlyList<string> Paid { get; init; } = [];

    /// <summary>Words that make a nearby date the protection timer's end ("timer", "countdown", "ends").</summary>
    public IReadOnlyList<string> Timer { get; init; } = [];

    /// <summary>Phrases saying the protection timer has ended ("ran out", "expired", "confirmation timeout").</summary>
    public IReadOnlyList<string> TimerEnded { get; init; } = [];

    /// <summary>Phrases saying the seller has not shipped yet ("not shipped", "awaiting shipment").</summary>
    public IReadOnlyList<string> NotShipped { get; init; } = [];

    /// <summary>Phrases saying the tracking shows delivered ("tracking says delivered", "marked as delivered").</summary>
    public IReadOnlyList<string> TrackingDelivered { get; init; } = [];

    /// <summary>Phrases saying a dispute is open ("opened a dispute"); their date is the opening day.</summary>
    public IReadOnlyList<string> DisputeOpened { get; init; } = [];

    /// <summary>A unit of two weeks ("fortnight"): "a fortnight ago" is 14 days back.</summary>
    public IReadOnlyList<string> Fortnight { get; init; } = [];

    /// <summary>Words of a seller's request to wait ("wait", "another", "extra"): a span tied to them is what the
    /// seller asks for, not the timer.</summary>
    public IReadOnlyList<string> SellerWait { get; init; } = [];

    /// <summary>Words before a date that say it is when something began, so it is past ("since last Friday").</summary>
    public IReadOnlyList<string> Since { get; init; } = [];

    /// <summary>Words saying the parcel is still moving: a date with them is the last tracking update, not a date of
    /// the order ("in transit since 12 Nov").</summary>
    public IReadOnlyList<string> InTransit { get; init; } = [];

    /// <summary>Ordinal words by value, entry 0 unused: "first", "sixth", "twenty first" (days of a month in words).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Ordinals { get; init; } = [];

    /// <summary>Phrases that place a date on the dispute only ("opened it", "opened a case"), too loose to say on
    /// their own that a dispute is open.</summary>
    public IReadOnlyList<string> DisputeOpenedOn { get; init; } = [];

    /// <summary>Phrases saying the buyer closed or cancelled the dispute.</summary>
    public IReadOnlyList<string> DisputeClosed { get; init; } = [];

    /// <summary>Money and share units ("dollars", "usd", "percent"): a number before one is an amount, not a count.</summary>
    public IReadOnlyList<string> MoneyUnits { get; init; } = [];

    /// <summary>Phrases telling that the buyer asked to cancel an unshipped order ("asked to cancel", "requested
    /// cancellation"): the request waits for the seller's answer.</summary>
    public IReadOnlyList<string> CancelAsked { get; init; } = [];

    /// <summary>Phrases telling that the seller refused to cancel ("refused to cancel", "rejected my cancellation").</summary>
    public IReadOnlyList<string> CancelRefused { get; init; } = [];

    /// <summary>Phrases telling that the unshipped order is cancelled ("the order got cancelled", "cancellation
    /// approved"): the money goes back, nothing is left to dispute.</summary>
    public IReadOnlyList<string> CancelDone { get; init; } = [];

    /// <summary>Phrases telling that the buyer has not asked to cancel yet ("haven't asked yet").</summary>
    public IReadOnlyList<string> CancelNotAsked { get; init; } = [];

    /// <summary>Words of a share of the price ("percent", "por ciento"); "%" needs no word: "30% refund" is an offer of
    /// 30 percent of what was paid.</summary>
    public IReadOnlyList<string> PercentUnits { get; init; } = [];

    /// <summary>Phrases saying the buyer already took a step ("I already confirmed", "by mistake"): a warning against
    /// taking it comes too late.</summary>
    public IReadOnlyList<string> AlreadyDone { get; init; } = [];

    /// <summary>Phrases telling that the buyer confirmed receipt, or the order confirmed itself ("I confirmed it by
    /// mistake", "it got auto confirmed"): told, not asked about, so the warning against it comes too late.</summary>
    public IReadOnlyList<string> ReceiptConfirmed { get; init; } = [];

    /// <summary>Words of a guess ("i think", "or so"): a countdown's end only guessed is no date from the order page.</summary>
    public IReadOnlyList<string> Guess { get; init; } = [];

    /// <summary>Phrases saying the refund already came ("I was refunded", "got my money back").</summary>
    public IReadOnlyList<string> Refunded { get; init; } = [];

    /// <summary>Phrases saying no dispute is open yet ("haven't opened a dispute").</summary>
    public IReadOnlyList<string> NoDispute { get; init; } = [];

    /// <summary>Greetings ("hi", "good morning"); a message of only these is a greeting.</summary>
    public IReadOnlyList<string> Greeting { get; init; } = [];

    /// <summary>Words that start a question ("can", "how", "should").</summary>
    public IReadOnlyList<string> QuestionWords { get; init; } = [];

    /// <summary>Words or phrases that make a message's last sentence a question on their own ("what", "how"): buyers
    /// tell first and ask last, often without a question mark.</summary>
    public IReadOnlyList<string> QuestionEndWords { get; init; } = [];

    /// <summary>Verbs that make the last sentence a question only when a subject follows ("can" in "can i reopen").</summary>
    public IReadOnlyList<string> QuestionEndVerbs { get; init; } = [];

    /// <summary>The subjects after those verbs ("i", "it", "they").</summary>
    public IReadOnlyList<string> QuestionEndSubjects { get; init; } = [];

    /// <summary>Phrases asking for a person instead of the bot ("talk to a human", "real agent").</summary>
    public IReadOnlyList<string> AskPerson { get; init; } = [];

    /// <summary>Words that name proof the buyer has ("photos", "filmed", "screenshot"): such a message is read against
    /// the evidence checklist whatever question is open.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>Words that make a clause a supposition ("what if the seller doesn't answer?", "if it never comes"):
    /// what such a clause says is no fact of the order.</summary>
    public IReadOnlyList<string> Hypothetical { get; init; } = [];

    /// <summary>Who speaks when a buyer passes on the seller's words ("seller", "the shop", "he"): before a colon or a
    /// verb of <see cref="SellerSpeechVerbs"/>, what follows is the seller's, no fact of the buyer's order.</summary>
    public IReadOnlyList<string> SellerNames { get; init; } = [];

    /// <summary>Verbs of saying ("wrote", "says", "replied", "told me"): after the seller, the seller's words follow.</summary>
    public IReadOnlyList<string> SellerSpeechVerbs { get; init; } = [];

    /// <summary>The seller's own voice ("we", "our"): a claim passed on after "seller says" without a colon is the
    /// seller's only with one of these.</summary>
    public IReadOnlyList<string> SellerVoice { get; init; } = [];

    /// <summary>Words of a store coupon or voucher ("coupon", "voucher", "store credit"): an amount beside one is no money
    /// back, so no refund offer (seed 000 line 101: a refund comes only through the dispute).</summary>
    public IReadOnlyList<string> CouponWords { get; init; } = [];

    /// <summary>Words telling that the buyer has a piece of evidence ("I have", "took", "filmed"): a sentence ticks a
    /// checklist item only with one of these, or with <see cref="Evidence"/> when it asks nothing.</summary>
    public IReadOnlyList<string> EvidenceHeld { get; init; } = [];

    /// <summary>Words before the item ordered ("ordered", "bought", "supposed to be"): ItemReader.</summary>
    public IReadOnlyList<string> ItemOrdered { get; init; } = [];

    /// <summary>Words before the item received instead ("got", "received", "sent me").</summary>
    public IReadOnlyList<string> ItemReceived { get; init; } = [];

    /// <summary>Words before an item that is the subject ("my"), named only when <see cref="ItemAfterMine"/> follows.</summary>
    public IReadOnlyList<string> ItemMine { get; init; } = [];

    /// <summary>Verbs after "my …" that make it the item ("came", "arrived", "is").</summary>
    public IReadOnlyList<string> ItemAfterMine { get; init; } = [];

    /// <summary>Articles and counts skipped before an item's name ("a", "the").</summary>
    public IReadOnlyList<string> ItemSkip { get; init; } = [];

    /// <summary>Words that end an item's name ("on", "and", "came"); dates, day counts and money units end it too.</summary>
    public IReadOnlyList<string> ItemStop { get; init; } = [];

    /// <summary>Words that alone name no item ("package", "nothing", "refund").</summary>
    public IReadOnlyList<string> ItemGeneric { get; init; } = [];

    /// <summary>Places a buyer looks for a parcel marked delivered ("neighbours", "mailroom").</summary>
    public IReadOnlyList<string> LookedAround { get; init; } = [];

    /// <summary>Words after the item's name ("the smart watch i bought").</summary>
    public IReadOnlyList<string> ItemBefore { get; init; } = [];

    /// <summary>A word standing for the item received ("the grey one"), replaced by its name.</summary>
    public IReadOnlyList<string> ItemPronoun { get; init; } = [];

    /// <summary>Words that go on describing the item after a pronoun ("the grey one with usb port").</summary>
    public IReadOnlyList<string> ItemWith { get; init; } = [];

    /// <summary>Words that mark a correction of something said before ("i meant", "actually", "точнее"): the value after
    /// them replaces the fact it matches.</summary>
    public IReadOnlyList<string> Correction { get; init; } = [];
}
