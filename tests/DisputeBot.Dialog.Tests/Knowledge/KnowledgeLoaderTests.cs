using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Knowledge;

/// <summary>Each kind of mistake in dialogs/ stops loading with one message naming the file and the entry.</summary>
public class KnowledgeLoaderTests
{
    private const string Categories = "en/categories.yaml";
    private const string Faq = "en/faq.yaml";
    private const string Warnings = "en/warnings.yaml";
    private const string Vocabulary = "en/vocabulary.yaml";

    public static TheoryData<string, string, string, string[]> Mistakes => new()
    {
        // file, text to replace, replacement, fragments the message must contain
        { Categories, "    form_reason: Item damaged\n", "    form_reason: Item damaged\n    colour: red\n", ["en/categories.yaml", "category 'damaged'", "unknown field 'colour'", "line"] },
        { Categories, "    label: Arrived damaged\n", "", ["en/categories.yaml", "category 'damaged'", "'label' is missing"] },
        { Categories, "  - id: counterfeit\n", "  - id: damaged\n", ["en/categories.yaml", "category 'damaged'", "used twice"] },
        { Categories, "  - id: counterfeit\n", "  - id: Counter-Feit\n", ["en/categories.yaml", "category 'Counter-Feit'", "a-z, 0-9 and _"] },
        { Categories, "    label: Arrived damaged\n", "    label: Arrived damaged, and this label is far too long\n", ["category 'damaged'", "'label'", "at most 30"] },
        { Categories, "    group: received\n    label: Arrived damaged", "    group: arrived\n    label: Arrived damaged", ["category 'damaged'", "not_received or received"] },
        { Faq, "  - id: appeal\n    question: How do I appeal AliExpress's decision?\n    cues:\n      - appeal\n      - how do i appeal\n      - disagree with the decision\n      - aliexpress decided for the seller\n      - dispute was rejected\n      - lost the dispute\n      - dispute closed in favour of the seller\n      - aliexpress closed my dispute for the seller\n      - aliexpress decided against me\n      - closed the dispute in the seller's favour\n", "  - id: appeal\n    question: How do I appeal AliExpress's decision?\n    cues: []\n", ["en/faq.yaml", "question 'appeal'", "'cues' is empty"] },
        { Categories, "      - id: damage_photos\n        text: Clear photos of the damage, close up and of the whole item\n        files: [photo]\n", "      - id: damage_photos\n        text: Clear photos of the damage, close up and of the whole item\n        files: [photo, hologram]\n", ["category 'damaged', checklist item 'damage_photos'", "'hologram'", "photo, video and document"] },
        { Categories, "      - id: damage_photos\n", "      - id: damage_photos_with_a_very_long_id\n", ["category 'damaged', checklist item 'damage_photos_with_a_very_long_id'", "1 to 24 characters"] },
        { Faq, "within about {rule:appeal} days", "within about {rule:apeal} days", ["en/faq.yaml", "question 'appeal'", "{rule:apeal}", "does not define"] },
        { Warnings, "{rule:extension_lead}", "{rule:extension_led}", ["en/warnings.yaml", "warning 'wait_past_deadline'", "rule 'extension_led'"] },
        { Faq, "within about {rule:appeal} days", "within about {days} days", ["question 'appeal'", "unknown placeholder {days}"] },
        { Categories, "The item arrived damaged.[ It was delivered on {delivered_on}.]", "The item arrived damaged on {delivery_date}.", ["category 'damaged'", "'description'", "unknown placeholder {delivery_date}", "{details}"] },
        { Categories, "The item arrived damaged.[ It was delivered on {delivered_on}.]", "The item arrived damaged.[ It was delivered.]", ["category 'damaged'", "[optional part] without a placeholder"] },
        { Categories, "The item arrived damaged.[ It was delivered on {delivered_on}.]", "The item arrived damaged.[ It was delivered on {delivered_on}.", ["category 'damaged'", "'[' without its ']'"] },
        { Faq, "within about {rule:appeal} days", "within about {rule:appeal days", ["question 'appeal'", "'{' without its '}'"] },
        { Faq, "You can appeal only\n      once per dispute", "You can appeal **only**\n      once per dispute", ["question 'appeal'", "Markdown", "plain"] },
        { Warnings, "Don't confirm receipt before", "<b>Don't</b> confirm receipt before", ["warning 'confirm_receipt'", "HTML"] },
        { Vocabulary, "  - [december, dec, decmber, decemeber, desember]\n", "", ["en/vocabulary.yaml", "'month_names' must have 12 entries, found 11"] },
        { Vocabulary, "yesterday: [yesterday, yday, yest]\n", "", ["en/vocabulary.yaml", "'yesterday' is missing"] },
        { Vocabulary, "question_end_verbs: [can,", "question_end_verbz: [can,", ["en/vocabulary.yaml", "question_end_verbz"] },
        { Vocabulary, "yesterday: [yesterday, yday, yest]\n", "yesterday: [yesterday, yday, yest]\nyesteryear: [yore]\n", ["en/vocabulary.yaml", "unknown field 'yesteryear'"] },
        { Vocabulary, "paypal: [paypal, pay pal, pp, paypall, payapl]", "paypal: []", ["en/vocabulary.yaml", "'paypal' is empty"] },
        { Warnings, "  - id: pay_outside\n", "  - id: pay_outside\n    id: pay_later\n", ["en/warnings.yaml", "'id' is written twice"] },
        { Warnings, "  - id: pay_outside\n    cues:\n", "  - id: pay_outside\n    cues: [\n", ["en/warnings.yaml", "not valid YAML", "is the '[' of line"] },
        { Warnings, "  - id: pay_outside\n", "  - id: pay_outside\n   bad: \"unclosed\n", ["en/warnings.yaml", "not valid YAML"] },
        { Warnings, "  - id: pay_outside\n", "  - id: !!str pay_outside\n", ["en/warnings.yaml", "!tag"] },
        { Faq, "faq:\n", "questions:\n", ["en/faq.yaml", "unknown top-level field 'questions'"] },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_is_reported_with_its_file_and_entry(string file, string old, string replacement, string[] fragments)
    {
        using var dialogs = new TempDialogs();
        dialogs.Replace(file, old, replacement);

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        foreach (var fragment in fragments)
        {
            Assert.True(error.Message.Contains(fragment, StringComparison.Ordinal), $"'{fragment}' is not in: {error.Message}");
        }

        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void The_error_names_the_line_of_the_entry()
    {
        using var dialogs = new TempDialogs();
        dialogs.Replace(Categories, "    form_reason: Item damaged\n", "    form_reason: Item damaged\n    colour: red\n");
        var line = dialogs.Read(Categories).Split('\n').ToList().FindIndex(l => l.StartsWith("    colour:", StringComparison.Ordinal)) + 1;

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.EndsWith($"(line {line})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_without_a_checklist_is_rejected()
    {
        using var dialogs = new TempDialogs();
        var text = dialogs.Read(Categories);
        var start = text.IndexOf("    checklist:", text.IndexOf("  - id: customs", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = text.IndexOf("    description:", start, StringComparison.Ordinal);
        dialogs.Write(Categories, text.Remove(start, end - start));

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.Contains("en/categories.yaml: category 'customs': has no 'checklist'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var dialogs = new TempDialogs();
        File.Delete(dialogs.PathOf(Warnings));

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.Contains("en/warnings.yaml: the file is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_named()
    {
        using var dialogs = new TempDialogs();
        dialogs.Write(Faq, "# nothing yet\n");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.Contains("en/faq.yaml: the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_the_dialog_uses_must_exist()
    {
        using var dialogs = new TempDialogs();
        dialogs.Write("en/messages.yaml", "something_else: Hello.\n");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.Contains($"en/messages.yaml: message '{MessageKeys.All[0]}': is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_may_cite_rules_and_have_its_own_holes_but_not_unknown_rules()
    {
        using var dialogs = new TempDialogs();
        dialogs.Write("en/messages.yaml", ContentFolder.MessagesYaml + "deadline: You have {days} days, about {rule:appeal}.\n");
        Assert.Equal("You have {days} days, about {rule:appeal}.", KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules).For("en").Messages["deadline"]);

        dialogs.Write("en/messages.yaml", ContentFolder.MessagesYaml + "deadline: About {rule:nope}.\n");
        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));
        Assert.Contains("en/messages.yaml: message 'deadline': {rule:nope} cites the rule 'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_book_without_a_rule_the_code_needs_is_rejected()
    {
        using var dialogs = new TempDialogs();
        var rules = new RuleBook(ContentFolder.Rules.All.Where(r => r.Id != RuleIds.Appeal));

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, rules));

        Assert.Contains("rules.yaml: rule 'appeal': is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_the_folder_reads_rules_yaml_next_to_the_languages()
    {
        using var dialogs = new TempDialogs();

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory));

        Assert.Contains("rules.yaml: the file is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_dialogs_folder_loads_with_its_rules()
    {
        var knowledge = KnowledgeLoader.Load(ContentFolder.Dialogs);

        Assert.All(RuleIds.Required, id => Assert.True(knowledge.Rules.Contains(id), id));
        Assert.Equal(15, knowledge.For("en").Categories.Count);
        Assert.All(MessageKeys.All, key => Assert.True(knowledge.For("en").Messages.Contains(key), key));
    }

    [Fact]
    public void A_copy_with_its_rules_loads_from_the_folder_alone()
    {
        using var dialogs = new TempDialogs();
        dialogs.CopyRules();

        Assert.Equal("en", KnowledgeLoader.Load(dialogs.Directory).For(null).Language);
    }

    [Fact]
    public void Without_an_english_folder_nothing_loads()
    {
        using var dialogs = new TempDialogs();
        Directory.Move(dialogs.PathOf("en"), dialogs.PathOf("fr"));

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.Contains("the English folder is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_with_the_same_ids_loads_and_serves_its_locales()
    {
        using var dialogs = new TempDialogs();
        dialogs.AddLanguage("pt-BR");
        dialogs.Replace("pt-BR/categories.yaml", "    label: Arrived damaged\n", "    label: Chegou danificado\n");
        Directory.CreateDirectory(dialogs.PathOf("diagrams"));

        var knowledge = KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules);

        Assert.Equal(["en", "pt-BR"], knowledge.Languages.Order(StringComparer.Ordinal));
        Assert.Equal("Chegou danificado", knowledge.For("pt-BR").Category("damaged").Label);
        Assert.Equal("pt-BR", knowledge.For("pt-br").Language);
        Assert.Equal("en", knowledge.For("de-DE").Language);
    }

    [Fact]
    public void A_translation_missing_a_category_is_rejected()
    {
        using var dialogs = new TempDialogs();
        dialogs.AddLanguage("es");
        dialogs.Replace("es/categories.yaml", "  - id: counterfeit\n", "  - id: falsificado\n");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.Contains("every id in English must be in 'es' too", error.Message, StringComparison.Ordinal);
        Assert.Contains("es/categories.yaml: category 'counterfeit'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_missing_several_keys_is_rejected_with_every_key_and_its_file()
    {
        using var dialogs = new TempDialogs();
        dialogs.AddLanguage("ru");
        dialogs.Replace("ru/faq.yaml", "  - id: appeal\n", "  - id: apelacja\n");
        dialogs.Replace("ru/faq.yaml", "  - id: chargeback\n", "  - id: zwrot\n");
        dialogs.Replace("ru/warnings.yaml", "  - id: pay_outside\n", "  - id: paypal\n");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.True(error.Message.Contains("lacks 3 entries that English has", StringComparison.Ordinal), error.Message);
        Assert.Contains("ru/faq.yaml: question 'appeal'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ru/faq.yaml: question 'chargeback'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ru/warnings.yaml: warning 'pay_outside'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_writing_a_number_of_days_instead_of_citing_the_rule_is_rejected()
    {
        using var dialogs = new TempDialogs();
        dialogs.AddLanguage("es");
        var faq = dialogs.Read("es/faq.yaml");
        var cited = System.Text.RegularExpressions.Regex.Match(faq, @"\{rule:appeal\}").Value;
        Assert.NotEmpty(cited);
        dialogs.Write("es/faq.yaml", faq.Replace(cited, "15", StringComparison.Ordinal));

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.True(error.Message.Contains("es/faq.yaml: question 'appeal': 'answer': lacks {rule:appeal}, which the English text cites", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void A_translation_citing_another_rule_than_english_is_rejected()
    {
        using var dialogs = new TempDialogs();
        dialogs.AddLanguage("fr");
        dialogs.Write("fr/faq.yaml", dialogs.Read("fr/faq.yaml").Replace("{rule:appeal}", "{rule:after_protection_grace}", StringComparison.Ordinal));

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.True(error.Message.Contains("fr/faq.yaml: question 'appeal': 'answer': lacks {rule:appeal}, which the English text cites", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void A_translation_writing_a_number_english_does_not_is_rejected()
    {
        using var dialogs = new TempDialogs();
        dialogs.AddLanguage("pl");
        dialogs.Replace("pl/messages.yaml", "\nrestart.done: \"Starting a fresh case.\"", "\nrestart.done: \"Zaczynamy od nowa, masz 15 dni.\"");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.True(error.Message.Contains("pl/messages.yaml: message 'restart.done': writes the number 15, which the English text does not", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void A_translation_with_a_different_checklist_is_rejected()
    {
        using var dialogs = new TempDialogs();
        dialogs.AddLanguage("es");
        dialogs.Replace("es/categories.yaml", "      - id: damage_photos\n", "      - id: fotos\n");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.Contains("es/categories.yaml: category 'damaged', checklist item 'damage_photos'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_with_an_extra_question_is_rejected()
    {
        using var dialogs = new TempDialogs();
        dialogs.AddLanguage("fr");
        dialogs.Replace("fr/faq.yaml", "faq:\n", "faq:\n  - id: bonus\n    question: Bonus?\n    cues: [bonus]\n    answer: Oui.\n");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.Contains("fr/faq.yaml: question 'bonus': is not in English", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_with_different_message_keys_is_rejected()
    {
        using var dialogs = new TempDialogs();
        dialogs.AddLanguage("pl");
        dialogs.Write("pl/messages.yaml", dialogs.Read("pl/messages.yaml").TrimEnd() + "\nextra_key: Tekst.\n");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules));

        Assert.Contains("pl/messages.yaml: message 'extra_key': is not in English", error.Message, StringComparison.Ordinal);
    }
}
