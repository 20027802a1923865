namespace DisputeBot.AdviceBook;

/// <summary>An advice-book file that cannot be read: which file, which line, what is wrong.</summary>
public sealed class AdviceBookException(string file, int line, string problem) : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
