using System.Text;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Understanding;

/// <summary>Whatever arrives in a chat, reading it never throws and stays bounded.</summary>
public class HostileInputTests
{
    private static readonly ReplyChoice[] Choices = [new("a", "Yes, it arrived"), new("b", "No")];

    private static TextUnderstanding Understanding => EnglishPack.Understanding;

    public static TheoryData<string> HostileTexts => new()
    {
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("the box came empty ", 600)),
        string.Concat(Enumerable.Repeat("1", 10_000)),
        string.Concat(Enumerable.Repeat("5/", 5_000)),
        new string('\0', 500) + "broken" + new string('\u0007', 500),
        "\u202Ebroken\u202C \u200F\u05D4\u05D7\u05D1\u05D9\u05DC\u05D4 \u05E8\u05D9\u05E7\u05D4 \u0627\u0644\u0637\u0631\u062F \u0641\u0627\u0631\u063A",
        string.Concat(Enumerable.Repeat("😡📦💔", 3_000)),
        "\uD83D" + "broken" + "\uDE00" + "\uDFFF\uD800",
        "\u0301\u0301\u0301e\u0301\u0301",
        string.Concat(Enumerable.Repeat("not ", 2_500)),
        string.Concat(Enumerable.Repeat("don't know ", 900)),
        "999999999999999999999999999 of 999999999999999999999999",
        "'''''''''''''```````````````",
        "\r\n\t\v\f",
        "İSTANBUL ﬁle ß Æ Ø ł ǅ ﷽",
        string.Concat(Enumerable.Range(0, 10_000).Select(i => (char)(i * 7 % 0xD7FF))),
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Reading_hostile_text_never_throws(string text)
    {
        var category = EnglishPack.Pack.Categories[0];

        var guess = Understanding.ClassifyProblem(text, null);
        Understanding.DetectTrap(text);
        Understanding.MatchFaq(text);
        Understanding.ReadArrival(text);
        Understanding.ReadYesNo(text);
        Understanding.ReadPayment(text);
        Understanding.IsDontKnow(text);
        Understanding.ReadQuantities(text);
        Understanding.MatchEvidence(text, category);
        Understanding.MatchChoice(text, Choices);

        Assert.InRange(guess.Candidates.Count, 0, TextUnderstanding.MaxCandidates);
    }

    [Fact]
    public void Null_text_reads_as_empty()
    {
        string text = null!;

        Assert.False(Understanding.ClassifyProblem(text, null).Confident);
        Assert.Null(Understanding.DetectTrap(text));
        Assert.Null(Understanding.MatchFaq(text));
        Assert.Null(Understanding.ReadArrival(text));
        Assert.Null(Understanding.ReadYesNo(text));
        Assert.Null(Understanding.ReadPayment(text));
        Assert.False(Understanding.IsDontKnow(text));
        Assert.Null(Understanding.ReadQuantities(text));
        Assert.Null(Understanding.MatchChoice(text, Choices));
    }

    [Fact]
    public void Only_the_first_two_thousand_characters_are_read()
    {
        var text = new string(' ', TokenizedText.MaxChars) + "the box came empty";

        Assert.Null(Understanding.ClassifyProblem(text, null).Best);
    }

    [Fact]
    public void Control_characters_and_direction_marks_do_not_hide_words()
    {
        Assert.Equal("damaged", Understanding.ClassifyProblem("\u202Ebro\u200Bken\u202C", null).Best?.Id);
        Assert.Equal("empty_package", Understanding.ClassifyProblem("box\u0000came\u0007empty", null).Best?.Id);
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(20261122);
        var category = EnglishPack.Pack.Category("quantity_shortage");
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 400);
            for (var i = 0; i < length; i++)
            {
                builder.Append(random.Next(4) switch
                {
                    0 => (char)random.Next(0, 0x10000),
                    1 => " 0123456789/.,?!'"[random.Next(17)],
                    _ => "abcdefghijklmnopqrstuvwxyz"[random.Next(26)],
                });
            }

            var text = builder.ToString();
            Understanding.ClassifyProblem(text, null);
            Understanding.DetectTrap(text);
            Understanding.MatchFaq(text);
            Understanding.ReadArrival(text);
            Understanding.ReadPayment(text);
            Understanding.ReadQuantities(text);
            Understanding.MatchEvidence(text, category);
            Assert.Null(Understanding.MatchChoice(text, []));
        }
    }

    [Fact]
    public void Readers_on_many_threads_do_not_disturb_each_other()
    {
        string[] texts = ["the box came EMPTY", "wrong colour", "its stuck in custms", "it dosent work"];
        string[] expected = ["empty_package", "not_as_described", "customs", "quality"];
        var failures = 0;

        Parallel.For(0, 4_000, i =>
        {
            if (Understanding.ClassifyProblem(texts[i % 4], null).Best?.Id != expected[i % 4])
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }
}
