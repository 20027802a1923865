namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>Reads {language}/vocabulary.yaml. Every field is required, so a translation cannot silently lack one.</summary>
internal static class VocabularyReader
{
    public const string FileName = "vocabulary.yaml";
    public const int MaxNumberWords = 100;

    private static readonly string[] AllFields =
    [
        "yes", "no", "dont_know", "partly", "arrived", "not_arrived", "today", "yesterday", "tomorrow", "ago", "left",
        "in", "day", "week", "month", "month_names", "paypal", "card", "other_payment", "numbers", "quantity_ordered",
        "quantity_received", "quantity_of", "quantity_subset", "negation", "contrast", "filler", "synonyms", "hour", "weekdays", "less_than",
        "shipped", "delivered", "paid", "timer", "timer_ended", "not_shipped", "tracking_delivered", "dispute_opened",
        "dispute_closed", "refunded", "no_dispute", "greeting", "question_words", "already_done", "money_units",
        "fortnight", "seller_wait", "dispute_opened_on", "amount_postage", "amount_price", "amount_offer", "amount_missing",
        "since", "in_transit", "ordinals", "ask_person", "hypothetical", "receipt_confirmed", "guess",
        "question_end_words", "question_end_verbs", "question_end_subjects", "percent_units", "cancel_asked", "cancel_refused", "cancel_done", "cancel_not_asked", "amount_offer_after",
        "evidence",
        "day_before_yesterday", "until_now",
        "evidence_held", "joining",
        "item_ordered", "item_received", "item_mine", "item_after_mine", "item_skip", "item_stop", "item_generic",
        "currencies", "hundreds", "cent_units",
        "looked_around", "item_before", "item_pronoun", "item_with",
        "arrived_in_transit", "damage_words", "correction", "transit_stops",
        "seller_names", "seller_speech_verbs", "seller_voice", "coupon_words",
    ];

    public static Vocabulary Read(ContentFile file)
    {
        if (file.Root is not ContentMap root)
        {
            throw file.Error($"expected the fields {string.Join(", ", AllFields)}, found {file.Root.Kind}", file.Root);
        }

        var fields = Fields.ForMap(file, "vocabulary", root, AllFields);
        foreach (var field in AllFields)
        {
            if (!fields.Has(field))
            {
                throw fields.Error($"the field '{field}' is missing");
            }
        }

        string[] Words(string field) => fields.Cues(field);

        var months = Groups(fields, "month_names", exactCount: 12, minWords: 1);
        var numbers = Groups(fields, "numbers", exactCount: null, minWords: 1);
        var currencies = Groups(fields, "currencies", exactCount: null, minWords: 2);
        if (numbers.Count > MaxNumberWords)
        {
            throw fields.Error($"'numbers' lists {numbers.Count} numbers; at most {MaxNumberWords}", fields.Node("numbers"));
        }

        return new Vocabulary(
            Words("yes"), Words("no"), Words("partly"), Words("today"), Words("yesterday"), Words("tomorrow"),
            Words("ago"), Words("left"), Words("in"), Words("day"), Words("week"), Words("month"), months,
            Words("paypal"), Words("card"), Words("dont_know"))
        {
            Arrived = Words("arrived"),
            NotArrived = Words("not_arrived"),
            OtherPayment = Words("other_payment"),
            Numbers = numbers,
            QuantityOrdered = Words("quantity_ordered"),
            QuantityReceived = Words("quantity_received"),
            QuantityOf = Words("quantity_of"),
            QuantitySubset = Words("quantity_subset"),
            AmountPostage = Words("amount_postage"),
            AmountPrice = Words("amount_price"),
            AmountOffer = Words("amount_offer"),
            AmountOfferAfter = Words("amount_offer_after"),
            AmountMissing = Words("amount_missing"),
            Negation = Words("negation"),
            Contrast = Words("contrast"),
            Joining = Words("joining"),
            Filler = Words("filler"),
            Synonyms = Groups(fields, "synonyms", exactCount: null, minWords: 2),
            Hour = Words("hour"),
            Weekdays = Groups(fields, "weekdays", exactCount: 7, minWords: 1),
            LessThan = Words("less_than"),
            Shipped = Words("shipped"),
            Delivered = Words("delivered"),
            Paid = Words("paid"),
            Timer = Words("timer"),
            TimerEnded = Words("timer_ended"),
            NotShipped = Words("not_shipped"),
            AlreadyDone = Words("already_done"),
            ReceiptConfirmed = Words("receipt_confirmed"),
            Guess = Words("guess"),
            // A currency's words are money units too ("40 quid" is an amount, not a count).
            MoneyUnits = [.. Words("money_units").Union(currencies.SelectMany(c => c.Skip(1)), StringComparer.OrdinalIgnoreCase)],
            Currencies = currencies,
            Hundreds = Groups(fields, "hundreds", exactCount: 9, minWords: 1),
            CentUnits = Words("cent_units"),
            ArrivedInTransit = Words("arrived_in_transit"),
            TransitStops = Words("transit_stops"),
            DamageWords = Words("damage_words"),
            Correction = Words("correction"),
            PercentUnits = Words("percent_units"),
            CancelAsked = Words("cancel_asked"),
            CancelRefused = Words("cancel_refused"),
            CancelDone = Words("cancel_done"),
            CancelNotAsked = Words("cancel_not_asked"),
            TrackingDelivered = Words("tracking_delivered"),
            DisputeOpened = Words("dispute_opened"),
            DisputeOpenedOn = Words("dispute_opened_on"),
            Fortnight = Words("fortnight"),
            SellerWait = Words("seller_wait"),
            Since = Words("since"),
            InTransit = Words("in_transit"),
            Ordinals = Groups(fields, "ordinals", exactCount: null, minWords: 1),
            DisputeClosed = Words("dispute_closed"),
            Refunded = Words("refunded"),
            NoDispute = Words("no_dispute"),
            Greeting = Words("greeting"),
            QuestionWords = Words("question_words"),
            QuestionEndWords = Words("question_end_words"),
            QuestionEndVerbs = Words("question_end_verbs"),
            QuestionEndSubjects = Words("question_end_subjects"),
            AskPerson = Words("ask_person"),
            Evidence = Words("evidence"),
            Hypothetical = Words("hypothetical"),
            SellerNames = Words("seller_names"),
            SellerSpeechVerbs = Words("seller_speech_verbs"),
            SellerVoice = Words("seller_voice"),
            CouponWords = Words("coupon_words"),
            DayBeforeYesterday = Words("day_before_yesterday"),
            UntilNow = Words("until_now"),
            EvidenceHeld = Words("evidence_held"),
            ItemOrdered = Words("item_ordered"),
            ItemReceived = Words("item_received"),
            ItemMine = Words("item_mine"),
            ItemAfterMine = Words("item_after_mine"),
            ItemSkip = Words("item_skip"),
            ItemStop = Words("item_stop"),
            ItemGeneric = Words("item_generic"),
            LookedAround = Words("looked_around"),
            ItemBefore = Words("item_before"),
            ItemPronoun = Words("item_pronoun"),
            ItemWith = Words("item_with"),
        };
    }

    /// <summary>A list of lists of words ("month_names": twelve lists, January first).</summary>
    private static IReadOnlyList<IReadOnlyList<string>> Groups(Fields fields, string field, int? exactCount, int minWords)
    {
        var list = fields.List(field, allowEmpty: false);
        if (exactCount is { } count && list.Items.Count != count)
        {
            throw fields.Error($"'{field}' must have {count} entries, found {list.Items.Count}", list);
        }

        var groups = new IReadOnlyList<string>[list.Items.Count];
        for (var i = 0; i < groups.Length; i++)
        {
            var node = list.Items[i];
            if (node is not ContentList words || words.Items.Count < minWords)
            {
                throw fields.Error($"'{field}' entry {i + 1} must be a list of at least {minWords} word(s), found {node.Kind}", node);
            }

            var group = new string[words.Items.Count];
            for (var j = 0; j < group.Length; j++)
            {
                if (words.Items[j] is not ContentText text || text.IsNull || !text.Value.Any(char.IsLetterOrDigit))
                {
                    throw fields.Error($"'{field}' entry {i + 1}, word {j + 1} must be a non-empty text", words.Items[j]);
                }

                group[j] = text.Value.Trim();
            }

            groups[i] = group;
        }

        return groups;
    }
}
