namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// Lower-case words (a right single quote as an apostrophe), looked up with a word as typed: the word is lower-cased
/// into a stack buffer, not copied into a new string at every look-up.
/// </summary>
internal sealed class LowerWordSet
{
    private const int StackLimit = 128;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <param name="lowerWords">The words, already lower case.</param>
    public LowerWordSet(IEnumerable<string> lowerWords)
    {
        var words = new HashSet<string>(lowerWords, StringComparer.Ordinal);
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = words.Count;
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('\u2019', '\'');
        return _words.Contains(lower);
    }
}
