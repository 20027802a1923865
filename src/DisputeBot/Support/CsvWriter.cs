using System.Globalization;
using System.Text;

namespace DisputeBot.Support;

/// <summary>
/// CSV as RFC 4180 writes it (fields with a comma, quote or line break quoted, quotes doubled, CRLF rows), safe to
/// open in a spreadsheet: a text cell starting with = + - @ or a tab or carriage return gets a leading apostrophe, so
/// it is never run as a formula.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _text = new();

    public CsvWriter Row(params ReadOnlySpan<object?> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            _text.Append(cells[i] switch
            {
                null => string.Empty,
                long or int or double => Convert.ToString(cells[i], CultureInfo.InvariantCulture),
                DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "Z",
                var other => Text(Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty),
            });
        }

        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    public static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '))
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
