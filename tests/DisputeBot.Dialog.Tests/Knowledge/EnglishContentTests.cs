using System.Text.RegularExpressions;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Knowledge;

/// <summary>The English content itself: complete, consistent with the code, and well formed.</summary>
public partial class EnglishContentTests
{
    private static LanguagePack Pack => EnglishPack.Pack;

    [Fact]
    public void Every_reason_of_the_dispute_form_is_a_category_in_its_group()
    {
        string[] notReceived = ["in_transit", "no_tracking", "customs", "returned_to_seller", "wrong_address", "delivered_not_received"];
        string[] received =
        [
            "damaged", "not_as_described", "quality", "quantity_shortage", "empty_package", "counterfeit", "wrong_item",
            "shipping_method", "missing_parts",
        ];

        Assert.Equal(notReceived, Pack.Categories.Where(c => c.Group == ArrivalGroup.NotReceived).Select(c => c.Id));
        Assert.Equal(received, Pack.Categories.Where(c => c.Group == ArrivalGroup.Received).Select(c => c.Id));
    }

    [Fact]
    public void Every_category_has_a_checklist_that_keeps_talk_inside_the_dispute()
    {
        foreach (var category in Pack.Categories)
        {
            Assert.True(category.Checklist.Count >= 3, $"{category.Id} has {category.Checklist.Count} checklist items");
            Assert.Contains(category.Checklist, item => item.Id == "keep_in_dispute");
            Assert.Contains(category.Checklist, item => item.Id is "order_page" or "address_screen");
            Assert.Contains(category.Checklist, item => item.FileKinds.Count > 0);
        }
    }

    [Fact]
    public void Every_category_label_fits_a_button_and_every_text_is_filled_in()
    {
        foreach (var category in Pack.Categories)
        {
            Assert.InRange(category.Label.Length, 1, 30);
            Assert.False(string.IsNullOrWhiteSpace(category.FormReason), category.Id);
            Assert.True(category.Cues.Count >= 10, $"{category.Id} has only {category.Cues.Count} cues");
            var sentences = category.Advice.Split(". ").Length;
            Assert.InRange(sentences, 2, 4);
        }
    }

    [Fact]
    public void Checklist_ids_are_short_enough_for_button_data()
    {
        foreach (var item in Pack.Categories.SelectMany(c => c.Checklist))
        {
            Assert.Matches("^[a-z0-9_]{1,24}$", item.Id);
        }
    }

    [Fact]
    public void The_questions_the_bot_must_answer_are_all_there()
    {
        string[] required =
        [
            "message_seller_first", "dispute_stages", "chargeback", "customs_return", "wrong_address", "counterfeit",
            "reopen_dispute", "appeal", "extend_protection", "paypal_dispute", "evidence", "confirmation_timeout",
            "refund_with_return", "check_daily", "late_delivery_coupon", "redelivery_fee",
        ];

        Assert.Empty(required.Except(Pack.Faq.Select(f => f.Id)));
    }

    [Fact]
    public void The_traps_the_bot_must_warn_about_are_all_there()
    {
        string[] required =
        [
            "close_for_resend", "close_for_paypal", "close_for_refund_later", "confirm_receipt", "pay_outside",
            "wait_past_deadline", "lowball_refund", "coupon_not_refund", "delivered_no_refund", "return_at_own_cost",
            "close_for_rating",
        ];

        Assert.Equal(required.Order(), Pack.Warnings.Select(w => w.Id).Order());
    }

    [Fact]
    public void Texts_cite_only_rules_the_code_defines()
    {
        var texts = Pack.Faq.Select(f => (f.Id, f.Answer))
            .Concat(Pack.Warnings.Select(w => (w.Id, w.Text)))
            .Concat(Pack.Categories.Select(c => (c.Id, c.Advice)));
        var cited = new HashSet<string>();
        foreach (var (id, text) in texts)
        {
            foreach (var rule in RulePlaceholders.Cited(text))
            {
                Assert.True(RuleIds.Required.Contains(rule), $"{id} cites {{rule:{rule}}}, which RuleIds does not define");
                cited.Add(rule);
            }
        }

        Assert.Contains(RuleIds.Appeal, cited);
        Assert.Contains(RuleIds.ExtensionLead, cited);
        Assert.Contains(RuleIds.PayPalDispute, cited);
        Assert.Contains(RuleIds.PayPalEscalation, cited);
    }

    [Fact]
    public void No_text_states_a_number_of_days_itself()
    {
        var texts = Pack.Faq.Select(f => f.Answer)
            .Concat(Pack.Warnings.Select(w => w.Text))
            .Concat(Pack.Categories.SelectMany(c => new[] { c.Advice, c.Description }));
        foreach (var text in texts)
        {
            Assert.DoesNotMatch(WrittenDuration(), text);
        }
    }

    [Fact]
    public void Upload_limits_are_part_of_the_evidence_advice()
    {
        var upload = Pack.Faq.Single(f => f.Id == "upload_files").Answer;
        Assert.Contains("2 MB", upload, StringComparison.Ordinal);
        foreach (var format in new[] { "jpg", "jpeg", "png", "gif", "bmp" })
        {
            Assert.Contains(format, upload, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Descriptions_read_well_when_nothing_is_known()
    {
        foreach (var category in Pack.Categories)
        {
            var text = DescriptionTemplate.Fill(category.Description, new DescriptionValues());
            Assert.DoesNotMatch(@"[\[\]{}]|\s{2}|\s[.,]|\.\.", text);
            Assert.EndsWith(".", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Descriptions_take_the_buyers_words_and_the_quantities()
    {
        var shortage = Pack.Category("quantity_shortage");
        var text = DescriptionTemplate.Fill(shortage.Description, new DescriptionValues("only brooches in the box, no pins", Ordered: 12, Received: 5));

        Assert.Contains("I ordered 12 and only 5 arrived.", text, StringComparison.Ordinal);
        Assert.Contains("Only brooches in the box, no pins.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cue_has_a_word_that_means_something()
    {
        var ignored = EnglishPack.Understanding.IgnoredCues;
        Assert.True(ignored.Count == 0, "Cues without a meaningful word: " + string.Join("; ", ignored));
    }

    [Fact]
    public void The_vocabulary_names_twelve_months_and_the_words_matching_needs()
    {
        var vocabulary = Pack.Vocabulary;
        Assert.Equal(12, vocabulary.MonthNames.Count);
        Assert.Contains("sept", vocabulary.MonthNames[8]);
        Assert.NotEmpty(vocabulary.Negation);
        Assert.NotEmpty(vocabulary.Filler);
        Assert.NotEmpty(vocabulary.Synonyms);
        // Zero to ninety-nine, so compound counts ("twenty one days left", "ninety days") read whole.
        Assert.Equal(100, vocabulary.Numbers.Count);
        Assert.Contains("twenty one", vocabulary.Numbers[21]);
    }

    [GeneratedRegex(@"\d+\s*(day|days|hour|hours|h|week|weeks|month|months)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDuration();
}
