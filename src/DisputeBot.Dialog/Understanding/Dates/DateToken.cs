namespace DisputeBot.Dialog.Understanding.Dates;

internal enum DateTokenKind : byte
{
    Number,
    Word,
    Separator,
}

/// <summary>A piece of the text: a run of digits (with any ordinal suffix), a run of letters, or one of / - . (a date separator).</summary>
internal struct DateToken
{
    public DateTokenKind Kind;

    public int Start;

    public int Length;

    /// <summary>A number's value; -1 when it has more than four digits.</summary>
    public int Value;

    public int Digits;

    /// <summary>A number written with an ordinal suffix (5th, 1er, 3º).</summary>
    public bool Ordinal;

    /// <summary>An ordinal written in words ("sixth", "twenty first"): a day only beside a month name or a weekday.</summary>
    public bool Spelled;

    public char Separator;

    /// <summary>The first token after a , ; ! ? line break or full stop: dates take their meaning from words in the
    /// same part of a sentence only.</summary>
    public bool ClauseStart;

    public readonly int End => Start + Length;
}
