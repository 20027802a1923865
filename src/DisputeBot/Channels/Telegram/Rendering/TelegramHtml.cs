using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DisputeBot.Channels.Telegram.Rendering;

/// <summary>Telegram's HTML parse mode: every user or content string goes through <see cref="Escape"/>; only the
/// tags written here (b, pre, code) are ever produced.</summary>
public static partial class TelegramHtml
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    public static string Bold(string text) => "<b>" + Escape(text) + "</b>";

    /// <summary>The visible text of HTML this class produced: tags dropped, entities decoded (for a plain-text resend).</summary>
    public static string ToPlainText(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
