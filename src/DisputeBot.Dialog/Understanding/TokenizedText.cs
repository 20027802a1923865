namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// A text cut into normalised, stemmed tokens with their word ids. One reusable instance per thread (see
/// <see cref="ForCurrentThread"/>): reading a turn allocates nothing. Work is bounded whatever the input: at most
/// <see cref="MaxChars"/> characters are read and <see cref="MaxTokens"/> tokens kept.
/// </summary>
internal sealed class TokenizedText
{
    public const int MaxChars = 2000;
    public const int MaxTokens = 256;
    public const int MaxTokenLength = 32;

    /// <summary>Per thread: a new one for each reading allocated about 500 KB a typed turn (Dialog.TurnBenchmarks,
    /// 2026-12-07), as every check of a message tokenizes it again into fresh buffers.</summary>
    [ThreadStatic]
    private static TokenizedText? t_current;

    public char[] Chars { get; } = new char[MaxTokens * MaxTokenLength];

    public int[] Length { get; } = new int[MaxTokens];

    /// <summary>Word id (see <see cref="Lexicon"/>), or -1 for a word no cue or vocabulary knows.</summary>
    public int[] Raw { get; } = new int[MaxTokens];

    /// <summary>Word id after synonyms and negations are merged ("color" → "colour", "never" → not).</summary>
    public int[] Canon { get; } = new int[MaxTokens];

    /// <summary>The number a token stands for (digits, "twelve"), else -1.</summary>
    public int[] Value { get; } = new int[MaxTokens];

    /// <summary>Index among the meaningful (non-filler) tokens, used to tell whether cue words stand close.</summary>
    public int[] Position { get; } = new int[MaxTokens];

    public TokenFlags[] Flags { get; } = new TokenFlags[MaxTokens];

    public int Count { get; set; }

    /// <summary>Tokens that are not filler.</summary>
    public int ContentCount { get; set; }

    /// <summary>The text was nothing but question marks ("??"): the buyer is lost.</summary>
    public bool OnlyQuestionMarks { get; set; }

    /// <summary>The text and reader the tokens are for: the same string read again reuses them.</summary>
    public string? Source { get; set; }

    public object? Reader { get; set; }

    public static TokenizedText ForCurrentThread() => t_current ??= new TokenizedText();

    public Span<char> Word(int index) => Chars.AsSpan(index * MaxTokenLength, Length[index]);

    public bool Has(int index, TokenFlags flag) => (Flags[index] & flag) != 0;
}
