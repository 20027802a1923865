namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>One vocabulary entry, split into words as the tokenizer splits text.</summary>
/// <param name="Value">For <see cref="DateWordClass.MonthName"/>, the month (1 to 12).</param>
/// <param name="Rest">The words after the first, lower case ("il y a" → ["y", "a"]).</param>
internal readonly record struct DatePhrase(DateWordClass Class, int Value, string[] Rest);
