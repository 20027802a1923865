using System.Globalization;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Reports;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Reports;

public sealed class ReportTests
{
    private static readonly LanguagePack English = RealKnowledge.Base.For("en");
    private static readonly ReportText Text = new(English.Messages, RealKnowledge.Base.Rules, CultureInfo.GetCultureInfo("en"));
    private static readonly DeadlineCalculator Calculator = new(RealKnowledge.Base.Rules);
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static string Said(CardReply card) => string.Join("\n", card.Sections.SelectMany(s => s.Lines));

    private static string Card(DeadlineFacts facts) => Said(new DeadlineCard(Text).Build(Calculator.Compute(facts, Today)));

    [Fact]
    public void An_ended_timer_says_try_at_once_with_both_views_and_never_that_no_dispute_can_be_opened()
    {
        // seed 002: "within 15 days following its stop"; seed 004: "Confirmation Timeout, can`t open disputes".
        var said = Card(new DeadlineFacts(ArrivalGroup.NotReceived, new DateOnly(2026, 3, 1), null, null, new DateOnly(2026, 1, 5), PaymentMethod.Card));

        Assert.Contains("Try to open the dispute at once", said, StringComparison.Ordinal);
        Assert.Contains("within 15 days after the countdown stops", said, StringComparison.Ordinal);
        Assert.Contains("another says none can", said, StringComparison.Ordinal);
        Assert.DoesNotContain("won't let you", said, StringComparison.Ordinal);
        Assert.Contains("chargeback", said, StringComparison.Ordinal);
        Assert.DoesNotContain("PayPal", said, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seller_has_a_few_days_up_to_fifteen_and_silence_means_a_refund()
    {
        // seed 000: "15 days to reply"; seed 003: "If this is not done in time, the buyer will automatically receive a full refund".
        var said = Card(new DeadlineFacts(ArrivalGroup.NotReceived, new DateOnly(2026, 4, 1), null, null, null, null, DisputeOpenedOn: Today));

        Assert.Contains("a few days to answer, up to 15", said, StringComparison.Ordinal);
        Assert.Contains("refunded automatically", said, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unshipped_order_is_told_to_cancel_and_the_sellers_nine_days()
    {
        // seed 002: "In case the order was not sent, you have to ask for its cancellation ... the seller has 9 days".
        var said = Card(new DeadlineFacts(null, null, null, null, null, null, NotShipped: true));

        Assert.Contains("isn't a dispute yet: ask to cancel it", said, StringComparison.Ordinal);
        Assert.Contains("up to 9 days", said, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_are_readable_names_never_seed_ids()
    {
        var said = Card(new DeadlineFacts(ArrivalGroup.Received, null, null, new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 1), PaymentMethod.PayPal));

        Assert.Contains("Source: a buyer's Q&A guide to AliExpress disputes", said, StringComparison.Ordinal);
        Assert.Contains("PayPal", said, StringComparison.Ordinal);
        Assert.DoesNotContain("seed", said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Without_a_timer_a_parcel_not_received_is_told_to_find_it_not_given_sixty_days()
    {
        var said = Card(new DeadlineFacts(ArrivalGroup.NotReceived, null, new DateOnly(2026, 2, 1), null, null, null));

        Assert.Contains("Find the countdown", said, StringComparison.Ordinal);
        Assert.DoesNotContain("2 April 2026", said, StringComparison.Ordinal);
    }

    private static DisputeTextFacts Facts(string category, params string[] ticked) =>
        new(English.Category(category), EvidenceTicked: ticked);

    [Fact]
    public void The_dispute_text_is_plain_first_person_with_dates_and_quantities()
    {
        var text = new DisputeText(Text).Build(Facts("quantity_shortage") with
        {
            ShippedOn = new DateOnly(2026, 2, 1), DeliveredOn = new DateOnly(2026, 2, 20), Ordered = 12, Received = 5,
        });

        Assert.Equal(
            "I received fewer pieces than I ordered. The order was shipped on 1 February 2026. It was delivered on 20 February 2026. "
            + "I ordered 12 pieces and received 5. I ask for a refund for the missing pieces.",
            text);
    }

    [Fact]
    public void The_dispute_text_mentions_only_the_evidence_the_buyer_ticked()
    {
        var none = new DisputeText(Text).Build(Facts("delivered_not_received"));
        var ticked = new DisputeText(Text).Build(Facts("delivered_not_received", "tracking_screens", "post_office_letter", "keep_in_dispute"));

        Assert.DoesNotContain("attached", none, StringComparison.Ordinal);
        Assert.DoesNotContain("post office", none, StringComparison.Ordinal);
        Assert.Contains("I have attached screenshots of the tracking and a letter from my local post office saying it holds no parcel for me.", ticked, StringComparison.Ordinal);
    }

    [Fact]
    public void The_buyers_chat_words_stay_out_unless_they_chose_to_add_them()
    {
        var facts = Facts("empty_package") with { BuyerWords = "lol the box was EMPTY!!!" };

        var left = new DisputeText(Text).Build(facts);
        var added = new DisputeText(Text).Build(facts with { AddBuyerWords = true });

        Assert.DoesNotContain("lol", left, StringComparison.Ordinal);
        Assert.DoesNotContain("EMPTY", left, StringComparison.Ordinal);
        Assert.Contains("In my own words: Lol the box was EMPTY!", added, StringComparison.Ordinal);
        Assert.DoesNotContain("!!", added, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-12", true)] // the timer runs with 2 days left
    [InlineData("2026-03-01", false)] // the timer ended 9 days ago
    [InlineData("2026-04-30", false)] // weeks left
    public void Protection_is_said_to_run_out_only_while_the_timer_runs_with_few_days_left(string timer, bool said)
    {
        var plan = Calculator.Compute(new DeadlineFacts(ArrivalGroup.NotReceived, DateOnly.Parse(timer, CultureInfo.InvariantCulture), null, null, null, null), Today);

        var text = new DisputeText(Text).Build(Facts("in_transit") with { ProtectionRunningOut = plan.RunningOut });

        Assert.Equal(said, text.Contains("running out", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_card_carries_the_dispute_text_and_the_missing_evidence()
    {
        var plan = Calculator.Compute(new DeadlineFacts(ArrivalGroup.Received, null, null, new DateOnly(2026, 3, 5), null, null), Today);

        var card = new SummaryCard(Text).Build(Facts("damaged", "damage_photos"), plan);

        var copy = Assert.Single(card.Sections, s => s.Copyable);
        Assert.Contains("I have attached photos of the damage.", copy.Lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(card.Sections.Single(s => s.Heading == Text["summary.missing"]).Lines, l => l.Contains("damage, close up", StringComparison.Ordinal));
    }
}
