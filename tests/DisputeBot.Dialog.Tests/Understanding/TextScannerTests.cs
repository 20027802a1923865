using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Understanding;

/// <summary>The building blocks: normalising, stemming, typo-tolerant lookup, negation (edit distance: <see cref="EditDistanceTests"/>).</summary>
public class TextScannerTests
{
    [Theory]
    [InlineData("Don't PANIC!", "dont panic")]
    [InlineData("Café déjà-vu", "cafe deja vu")]
    [InlineData("it’s 12pcs", "its 12 pcs")]
    [InlineData("😡broken📦", "broken")]
    [InlineData("Łódź ØRE straße", "lodz ore straß")]
    [InlineData("e\u0301te\u0301", "ete")]
    [InlineData("shipped boxes brooches batteries", "ship box brooch battery")]
    [InlineData("received receive receives", "receiv receiv receiv")]
    [InlineData("faked fake here sizes", "fake fake here size")]
    [InlineData("status glass this", "status glass this")]
    public void Text_is_normalised_and_stemmed(string text, string expected)
    {
        var tokens = new TokenizedText();
        TextScanner.Scan(text, tokens);

        Assert.Equal(expected, string.Join(' ', Enumerable.Range(0, tokens.Count).Select(i => tokens.Word(i).ToString())));
    }

    [Fact]
    public void Punctuation_starts_a_clause_and_slashes_between_numbers_are_kept()
    {
        var tokens = new TokenizedText();
        TextScanner.Scan("no, 5/12 ok", tokens);

        Assert.True(tokens.Has(0, TokenFlags.ClauseStart));
        Assert.True(tokens.Has(1, TokenFlags.ClauseStart));
        Assert.True(tokens.Has(2, TokenFlags.AfterSlash));
        Assert.False(tokens.Has(3, TokenFlags.ClauseStart));
    }

    [Fact]
    public void A_long_text_keeps_at_most_the_token_limit()
    {
        var tokens = new TokenizedText();
        TextScanner.Scan(string.Concat(Enumerable.Repeat("a b ", 5_000)), tokens);

        Assert.Equal(TokenizedText.MaxTokens, tokens.Count);
    }

    [Theory]
    [InlineData("custm", "custom")]
    [InlineData("dosent", "doesnt")]
    [InlineData("deliverd", "deliver")]
    [InlineData("recieved", "receiv")]
    [InlineData("emty", "empty")]
    [InlineData("delievered", "deliver")]
    public void A_misspelt_word_finds_the_known_word(string typed, string known)
    {
        var lexicon = Build();
        var tokens = new TokenizedText();
        TextScanner.Scan(typed, tokens);

        // The same word after merging synonyms ("deliverd" may land on "delivery", which means "deliver").
        var found = lexicon.FindTolerant(tokens.Word(0));
        Assert.True(found >= 0, typed);
        Assert.Equal(lexicon.Canon(lexicon.Find(known)), lexicon.Canon(found));
    }

    [Theory]
    [InlineData("face")]
    [InlineData("want")]
    [InlineData("zzzzzz")]
    [InlineData("fate")]
    public void A_word_is_not_forced_onto_a_known_word(string typed)
    {
        var lexicon = Build();
        var tokens = new TokenizedText();
        TextScanner.Scan(typed, tokens);

        var id = lexicon.FindTolerant(tokens.Word(0));

        Assert.True(id < 0 || lexicon.WordOf(id) == tokens.Word(0).ToString(), id < 0 ? "" : lexicon.WordOf(id));
    }

    [Theory]
    [InlineData("not damaged, just the wrong colour", "damag", true)]
    [InlineData("not damaged, just the wrong colour", "colour", false)]
    [InlineData("no charger in the box", "charger", true)]
    [InlineData("no charger in the box", "box", false)]
    [InlineData("no its broken", "broken", false)]
    [InlineData("it doesnt work", "work", true)]
    public void Negation_reaches_the_next_meaningful_word_of_its_clause(string text, string word, bool negated)
    {
        var lexicon = Build();
        var tokens = new TokenizedText();
        TextScanner.Scan(text, tokens);
        Analyzer.Resolve(lexicon, tokens);

        var index = Enumerable.Range(0, tokens.Count).First(i => tokens.Word(i).ToString() == word);
        Assert.Equal(negated, tokens.Has(index, TokenFlags.Negated));
    }

    private static Lexicon Build()
    {
        var pack = EnglishPack.Pack;
        var phrases = pack.Categories.SelectMany(c => c.Cues)
            .Concat(pack.Vocabulary.Filler).Concat(pack.Vocabulary.Negation).Concat(pack.Vocabulary.Contrast)
            .Concat(pack.Vocabulary.No).Concat(pack.Vocabulary.Synonyms.SelectMany(s => s));
        return Lexicon.Build(pack, phrases);
    }
}
