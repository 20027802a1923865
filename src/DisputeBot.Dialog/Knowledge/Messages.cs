using System.Globalization;
using System.Text;

namespace DisputeBot.Dialog.Knowledge;

/// <summary>The dialog's wording in one language (dialogs/{language}/messages.yaml): key → text with {named} holes.</summary>
public sealed class Messages
{
    private readonly IReadOnlyDictionary<string, string> _texts;

    public Messages(IReadOnlyDictionary<string, string> texts) => _texts = texts;

    public IEnumerable<string> Keys => _texts.Keys;

    public bool Contains(string key) => _texts.ContainsKey(key);

    public string this[string key] =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No message '{key}'.");

    /// <summary>The text for <paramref name="key"/> with {name} holes filled; unknown holes stay as written.</summary>
    public string Format(string key, params (string Name, object? Value)[] values)
    {
        var text = this[key];
        if (values.Length == 0 || !text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text);
        foreach (var (name, value) in values)
        {
            builder.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
