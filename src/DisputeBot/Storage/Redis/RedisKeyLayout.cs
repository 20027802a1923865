using System.Globalization;
using System.Text;
using DisputeBot.Turns;

namespace DisputeBot.Storage.Redis;

/// <summary>
/// Key names (see infra/redis/README.md): <c>{prefix}conv:{{channel}/{conversation id}}</c>, both ids escaped so that
/// any id is safe and no two conversations share a key. The braces are a Redis Cluster hash tag: every key of one
/// conversation lands in one hash slot, so scripts touching them work on Cluster and managed Redis too.
/// </summary>
internal sealed class RedisKeyLayout(string prefix)
{
    /// <summary>The family of conversation-state keys, after the prefix.</summary>
    public const string ConversationFamily = "conv:";

    public string Prefix { get; } = prefix;

    /// <summary>The family of outbox keys, after the prefix.</summary>
    public const string OutboxFamily = "out:";

    /// <summary>The hash holding the conversation's unsent reply batches: same hash tag, same slot as its state.</summary>
    public string Outbox(ConversationKey key) => Prefix + OutboxFamily + HashTag(key);

    /// <summary>The hash holding one conversation's state and ETag.</summary>
    public string Conversation(ConversationKey key) => Prefix + ConversationFamily + HashTag(key);

    /// <summary>The conversation whose outbox <paramref name="key"/> is (the sweeper finds them by name).</summary>
    /// <returns>False for a key not of this layout.</returns>
    public bool TryReadOutbox(string key, out ConversationKey conversation)
    {
        conversation = default;
        var start = Prefix.Length + OutboxFamily.Length;
        if (!key.StartsWith(Prefix + OutboxFamily, StringComparison.Ordinal) || key.Length < start + 3 || key[start] != '{' || key[^1] != '}')
        {
            return false;
        }

        var tag = key.AsSpan(start + 1, key.Length - start - 2);
        var slash = tag.IndexOf('/');
        if (slash < 0 || !TryUnescape(tag[..slash], out var channel) || !TryUnescape(tag[(slash + 1)..], out var id))
        {
            return false;
        }

        conversation = new ConversationKey(channel, id);
        return true;
    }

    /// <summary>"{channel/id}" with both parts escaped: braces, '/' and '%' never appear unescaped inside.</summary>
    public static string HashTag(ConversationKey key)
    {
        var builder = new StringBuilder(key.Channel.Length + key.ConversationId.Length + 8);
        builder.Append('{');
        Escape(key.Channel, builder);
        builder.Append('/');
        Escape(key.ConversationId, builder);
        builder.Append('}');
        return builder.ToString();
    }

    /// <summary>
    /// Percent-encoding of the UTF-8 bytes of everything but ASCII letters, digits and <c>- . _ ~</c>: readable for
    /// the usual ids, and one-to-one, so distinct ids never collide. A lone UTF-16 surrogate (not valid text, but
    /// possible in a .NET string) is written as <c>%uXXXX</c>, which no UTF-8 escape can produce.
    /// </summary>
    public static void Escape(string value, StringBuilder builder)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
            {
                builder.Append(c);
                continue;
            }

            if (Rune.TryGetRuneAt(value, i, out var rune))
            {
                var length = rune.EncodeToUtf8(utf8);
                for (var b = 0; b < length; b++)
                {
                    builder.Append('%').Append(utf8[b].ToString("X2", CultureInfo.InvariantCulture));
                }

                i += rune.Utf16SequenceLength - 1;
            }
            else
            {
                builder.Append("%u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The inverse of <see cref="Escape"/>; false for text it cannot have written.</summary>
    private static bool TryUnescape(ReadOnlySpan<char> escaped, out string value)
    {
        value = string.Empty;
        var text = new StringBuilder(escaped.Length);
        var utf8 = new List<byte>();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] != '%')
            {
                FlushUtf8();
                text.Append(escaped[i]);
            }
            else if (i + 5 < escaped.Length && escaped[i + 1] == 'u' && ushort.TryParse(escaped.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                FlushUtf8();
                text.Append((char)unit);
                i += 5;
            }
            else if (i + 2 < escaped.Length && byte.TryParse(escaped.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                utf8.Add(b);
                i += 2;
            }
            else
            {
                return false;
            }
        }

        FlushUtf8();
        value = text.ToString();
        return true;

        void FlushUtf8()
        {
            if (utf8.Count > 0)
            {
                text.Append(Encoding.UTF8.GetString(utf8.ToArray()));
                utf8.Clear();
            }
        }
    }
}
