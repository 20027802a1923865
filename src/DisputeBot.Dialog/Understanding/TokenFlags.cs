namespace DisputeBot.Dialog.Understanding;

[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>First token after punctuation that ends a clause (. , ; : ! ? and line breaks).</summary>
    ClauseStart = 1,

    /// <summary>A run of digits.</summary>
    Digits = 2,

    /// <summary>Digits right after "digits /" ("5/12").</summary>
    AfterSlash = 4,

    /// <summary>Within the reach of a negation ("not damaged").</summary>
    Negated = 8,

    /// <summary>A word that carries no meaning for cues ("the", "my").</summary>
    Filler = 16,

    /// <summary>A negation word itself ("not", "never", "doesn't").</summary>
    Negator = 32,

    /// <summary>Longer than <see cref="TokenizedText.MaxTokenLength"/>: cut, so never looked up.</summary>
    Truncated = 64,
}
