using System.Text;
using DisputeBot.Dialog.Understanding.Dates;

namespace DisputeBot.Dialog.Tests.Understanding.Dates;

public sealed class DateReaderTests
{
    private static readonly DateReader English = new(TestVocabularies.English);
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    private static DateReading Read(string text, bool dayFirst = true) => English.Read(text, Today, dayFirst);

    [Theory]
    [InlineData("2026-03-05", "2026-03-05")]
    [InlineData("2026/03/05", "2026-03-05")]
    [InlineData("2026/3/5", "2026-03-05")]
    [InlineData("5 March", "2026-03-05")]
    [InlineData("March 5", "2026-03-05")]
    [InlineData("5 Mar 2026", "2026-03-05")]
    [InlineData("5 Mar. 2026", "2026-03-05")]
    [InlineData("March 5th, 2026", "2026-03-05")]
    [InlineData("the 2nd of March, 2025", "2025-03-02")]
    [InlineData("MARCH 5", "2026-03-05")]
    [InlineData("mArCh 5TH", "2026-03-05")]
    [InlineData("5th march", "2026-03-05")]
    [InlineData("25/03/2026", "2026-03-25")]
    [InlineData("12/25/2025", "2025-12-25")]
    [InlineData("05/05/2026", "2026-05-05")]
    [InlineData("it shipped on 5 march I think", "2026-03-05")]
    [InlineData("paid 5 usd on march 3", "2026-03-03")]
    [InlineData("today", "2026-03-10")]
    [InlineData("Today!", "2026-03-10")]
    [InlineData("yesterday", "2026-03-09")]
    [InlineData("tomorrow", "2026-03-11")]
    [InlineData("3 days ago", "2026-03-07")]
    [InlineData("about 3 days ago", "2026-03-07")]
    [InlineData("a week ago", "2026-03-03")]
    [InlineData("week ago", "2026-03-03")]
    [InlineData("2 weeks ago", "2026-02-24")]
    [InlineData("a month ago", "2026-02-10")]
    [InlineData("3 days back", "2026-03-07")]
    [InlineData("2w ago", "2026-02-24")]
    [InlineData("yday", "2026-03-09")]
    [InlineData("this morning", "2026-03-10")]
    [InlineData("2024-02-29", "2024-02-29")]
    public void Dates_are_read_as_people_type_them(string text, string expected)
    {
        Assert.Equal(new DateReading(DateReadingKind.Date, D(expected)), Read(text));
    }

    [Theory]
    [InlineData("5 Febuary", "2026-02-05")]
    [InlineData("5 Feburary", "2026-02-05")]
    [InlineData("Marhc 5", "2026-03-05")]
    [InlineData("Septmber 3", "2025-09-03")]
    [InlineData("decmber 24", "2025-12-24")]
    [InlineData("24 Decembre", "2025-12-24")]
    [InlineData("1 Janaury", "2026-01-01")]
    public void Month_names_are_read_through_small_typos(string text, string expected)
    {
        Assert.Equal(new DateReading(DateReadingKind.Date, D(expected)), Read(text));
    }

    [Theory]
    [InlineData("jule 5")]
    [InlineData("5 matches")]
    [InlineData("5 xyzzy")]
    public void Words_too_far_from_one_month_name_are_not_months(string text)
    {
        Assert.Equal(DateReadingKind.NotADate, Read(text).Kind);
    }

    [Theory]
    [InlineData("12 days left", 12)]
    [InlineData("12 days", 12)]
    [InlineData("in 12 days", 12)]
    [InlineData("12d left", 12)]
    [InlineData("12 days remaining", 12)]
    [InlineData("12 days to go", 12)]
    [InlineData("2 weeks left", 14)]
    [InlineData("in a week", 7)]
    [InlineData("1 month left", 31)]
    [InlineData("0 days left", 0)]
    [InlineData("12 more days", 12)]
    [InlineData("3 more weeks", 21)]
    [InlineData("5d", 5)]
    public void Counts_of_days_remaining_are_days_left(string text, int days)
    {
        Assert.Equal(new DateReading(DateReadingKind.DaysLeft, Today.AddDays(days), Days: days), Read(text));
    }

    [Theory]
    [InlineData("05/03", true, "2026-03-05", "2025-05-03")]
    [InlineData("05/03/2026", true, "2026-03-05", "2026-05-03")]
    [InlineData("05/03/2026", false, "2026-05-03", "2026-03-05")]
    [InlineData("5.3.2026", true, "2026-03-05", "2026-05-03")]
    [InlineData("05-03-26", true, "2026-03-05", "2026-05-03")]
    [InlineData("03/05/2026", false, "2026-03-05", "2026-05-03")]
    public void Numeric_dates_that_read_two_ways_are_ambiguous_in_the_users_order_first(string text, bool dayFirst, string date, string alternative)
    {
        Assert.Equal(new DateReading(DateReadingKind.Ambiguous, D(date), D(alternative)), Read(text, dayFirst));
    }

    [Theory]
    [InlineData("en-US", "2026-05-03", "2026-03-05")]
    [InlineData("en-GB", "2026-03-05", "2026-05-03")]
    [InlineData("de-DE", "2026-03-05", "2026-05-03")]
    [InlineData(null, "2026-03-05", "2026-05-03")]
    public void The_locale_decides_which_reading_of_an_ambiguous_date_comes_first(string? locale, string date, string alternative)
    {
        var reading = English.Read("05/03/2026", Today, DateReader.IsDayFirst(locale));

        Assert.Equal(new DateReading(DateReadingKind.Ambiguous, D(date), D(alternative)), reading);
    }

    [Theory]
    [InlineData("en-US", false)]
    [InlineData("en-PH", false)]
    [InlineData("en-CA", false)]
    [InlineData("fil", false)]
    [InlineData("fil-PH", false)]
    [InlineData("ja", false)]
    [InlineData("zh-CN", false)]
    [InlineData("ko-KR", false)]
    [InlineData("en-Latn-US", false)]
    [InlineData("en_US", false)]
    [InlineData("en-GB", true)]
    [InlineData("en-AU", true)]
    [InlineData("en-IN", true)]
    [InlineData("en", true)]
    [InlineData("de-DE", true)]
    [InlineData("pt-BR", true)]
    [InlineData("pt_BR", true)]
    [InlineData("es-US", true)]
    [InlineData("fr-CA", true)]
    [InlineData("sv-SE", true)]
    [InlineData("en-ZA", true)]
    [InlineData("ru", true)]
    [InlineData("he", true)]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("xx-YY", true)]
    [InlineData("not a locale; DROP TABLE", true)]
    public void Day_order_follows_the_locale(string? locale, bool dayFirst)
    {
        Assert.Equal(dayFirst, DateReader.IsDayFirst(locale));
    }

    [Theory]
    [InlineData("25/02", false, "2026-02-25")]
    [InlineData("02/25", true, "2026-02-25")]
    [InlineData("5.5.", true, "2025-05-05")]
    [InlineData("05/05", false, "2025-05-05")]
    public void A_numeric_date_with_only_one_possible_reading_is_not_ambiguous(string text, bool dayFirst, string expected)
    {
        Assert.Equal(new DateReading(DateReadingKind.Date, D(expected)), Read(text, dayFirst));
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("02/31/2026")]
    [InlineData("2025-02-29")]
    [InlineData("2026-13-05")]
    [InlineData("2026-04-31")]
    [InlineData("13/13/2026")]
    [InlineData("00/03/2026")]
    [InlineData("31 February")]
    [InlineData("April 31st")]
    [InlineData("30/02")]
    [InlineData("March 45")]
    [InlineData("0000-01-01")]
    public void Impossible_dates_are_no_such_date(string text)
    {
        Assert.Equal(DateReadingKind.NoSuchDate, Read(text).Kind);
    }

    [Fact]
    public void A_leap_day_without_a_year_exists_only_in_a_leap_year()
    {
        Assert.Equal(DateReadingKind.NoSuchDate, English.Read("29 February", new DateOnly(2026, 3, 10), dayFirst: true).Kind);
        Assert.Equal(D("2028-02-29"), English.Read("29 February", new DateOnly(2028, 3, 10), dayFirst: true).Date);
    }

    [Theory]
    [InlineData("28 December", "2025-12-28")]
    [InlineData("28/12", "2025-12-28")]
    [InlineData("December 31st", "2025-12-31")]
    [InlineData("3 January", "2026-01-03")]
    [InlineData("4 January", "2025-01-04")]
    [InlineData("a week ago", "2025-12-27")]
    [InlineData("yesterday", "2026-01-02")]
    public void Without_a_year_a_date_is_the_most_recent_one_not_in_the_future(string text, string expected)
    {
        var reading = English.Read(text, new DateOnly(2026, 1, 3), dayFirst: true);

        Assert.Equal(D(expected), reading.Date);
    }

    [Fact]
    public void A_date_said_to_be_left_lies_ahead_across_the_new_year()
    {
        var reading = English.Read("ends 5 January, 6 days left", new DateOnly(2026, 12, 30), dayFirst: true);

        Assert.Equal(new DateReading(DateReadingKind.Date, D("2027-01-05")), reading);
    }

    [Theory]
    [InlineData("5 March", "2027-03-05")]
    [InlineData("20 March", "2026-03-20")]
    [InlineData("10 March", "2026-03-10")]
    [InlineData("05/04", "2026-04-05")]
    public void A_caller_expecting_a_deadline_gets_the_next_such_date(string text, string expected)
    {
        var reading = English.Read(text, Today, dayFirst: true, expectFuture: true);

        Assert.Equal(D(expected), reading.Date);
    }

    [Theory]
    [InlineData("ends 5 January, 6 days left", "2027-01-05")]
    [InlineData("ends 05/01, 6 days left", "2027-01-05")]
    [InlineData("ends in 05/01", "2027-01-05")]
    [InlineData("ends 05/01", "2026-01-05")]
    public void A_numeric_date_said_to_be_ahead_lies_ahead(string text, string expected)
    {
        Assert.Equal(D(expected), English.Read(text, new DateOnly(2026, 12, 30), dayFirst: true).Date);
    }

    [Fact]
    public void An_explicit_year_is_kept_even_in_the_future()
    {
        Assert.Equal(D("2030-01-01"), Read("1 January 2030").Date);
        Assert.Equal(D("2020-01-01"), English.Read("2020-01-01", Today, dayFirst: true, expectFuture: true).Date);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("5th")]
    [InlineData("2026")]
    [InlineData("march")]
    [InlineData("days")]
    [InlineData("every day")]
    [InlineData("I don't know")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1.2.3.4")]
    [InlineData("192.168.1.1")]
    [InlineData("9999 days ago")]
    [InlineData("99999999999999999999 days ago")]
    [InlineData("500 months left")]
    [InlineData("99999999999999999999 more days")]
    [InlineData("5th day ago")]
    [InlineData("order 8123456789/03")]
    public void Text_without_a_date_is_not_a_date(string text)
    {
        Assert.Equal(DateReading.NotADate.Kind, Read(text).Kind);
        Assert.Null(Read(text).Date);
    }

    [Fact]
    public void The_first_date_in_the_text_wins()
    {
        Assert.Equal(D("2026-03-02"), Read("shipped March 2, it is 3 days ago").Date);
        Assert.Equal(D("2026-03-07"), Read("3 days ago, on March 7").Date);
    }

    [Theory]
    [InlineData("il y a 3 jours", DateReadingKind.Date, "2026-03-07")]
    [InlineData("dans 12 jours", DateReadingKind.DaysLeft, "2026-03-22")]
    [InlineData("il y a une semaine", DateReadingKind.Date, "2026-03-03")]
    [InlineData("le 5 mars", DateReadingKind.Date, "2026-03-05")]
    [InlineData("5 fevrier 2026", DateReadingKind.Date, "2026-02-05")]
    [InlineData("5 FÉVRIER 2026", DateReadingKind.Date, "2026-02-05")]
    [InlineData("5 fe\u0301vrier 2026", DateReadingKind.Date, "2026-02-05")]
    [InlineData("1er aout 2025", DateReadingKind.Date, "2025-08-01")]
    [InlineData("hier", DateReadingKind.Date, "2026-03-09")]
    public void Other_languages_read_with_their_own_words_even_before_the_count(string text, DateReadingKind kind, string expected)
    {
        var reading = new DateReader(TestVocabularies.French).Read(text, Today, dayFirst: true);

        Assert.Equal(kind, reading.Kind);
        Assert.Equal(D(expected), reading.Date);
    }

    [Theory]
    [InlineData("pt-BR", "chegou dia 2", "2026-03-02")]
    [InlineData("pt-BR", "dia 8", "2026-03-08")]
    [InlineData("pt-BR", "paguei dia 25", "2026-02-25")]
    [InlineData("pt-BR", "foi postado dia 5 de fevereiro", "2026-02-05")]
    [InlineData("pt-BR", "há 3 dias", "2026-03-07")]
    [InlineData("es", "llegó el día 2", "2026-03-02")]
    [InlineData("es", "hace 3 días", "2026-03-07")]
    [InlineData("es", "el 5 de febrero", "2026-02-05")]
    public void The_word_for_day_before_a_number_names_that_day_of_the_month(string language, string text, string expected)
    {
        var reading = new DateReader(Support.RealKnowledge.Base.For(language).Vocabulary).Read(text, Today, dayFirst: true);

        Assert.Equal(D(expected), reading.Date);
    }

    [Theory]
    [InlineData("pt-BR", "faz 3 dias 2 vezes")]
    [InlineData("pt-BR", "o dia 20 e nada")]
    public void A_day_word_with_a_number_but_nothing_dated_is_no_date(string language, string text)
    {
        var reading = new DateReader(Support.RealKnowledge.Base.For(language).Vocabulary).Read(text, Today, dayFirst: true);

        Assert.NotEqual(D("2026-03-02"), reading.Date ?? default);
        Assert.NotEqual(D("2026-02-20"), reading.Date ?? default);
    }

    [Theory]
    [InlineData("am 5. März", "2026-03-05")]
    [InlineData("5. maerz 2026", "2026-03-05")]
    [InlineData("vor 3 Tagen", "2026-03-07")]
    [InlineData("noch 12 Tage", "2026-03-22")]
    public void German_day_dots_and_prefixed_counts_are_read(string text, string expected)
    {
        var reading = new DateReader(TestVocabularies.German).Read(text, Today, dayFirst: true);

        Assert.Equal(D(expected), reading.Date);
    }

    [Theory]
    [InlineData("🎉🔥💯")]
    [InlineData("\u202E\u202D\u200F\u200E")]
    [InlineData("\0\u0001\u0007\u001B[31m")]
    [InlineData("مرحبا שלום")]
    [InlineData("\uD800\uDC00\uDBFF")]
    [InlineData("1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1")]
    [InlineData("1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1")]
    [InlineData("1.2.3.4.5.6")]
    [InlineData("----////....")]
    public void Hostile_text_is_not_a_date(string text)
    {
        Assert.Equal(DateReadingKind.NotADate, Read(text).Kind);
    }

    [Fact]
    public void A_date_is_found_among_emoji_and_direction_marks()
    {
        Assert.Equal(D("2026-03-05"), Read("\u202B📦 5 March ✅\u202C").Date);
    }

    [Fact]
    public void A_very_long_text_is_not_read()
    {
        var text = string.Concat(Enumerable.Repeat("5 March ", 1250));

        Assert.Equal(10_000, text.Length);
        Assert.Equal(DateReadingKind.NotADate, Read(text).Kind);
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(20260310);
        var alphabet = "0123456789/-. ,ofinagodayweekmonthMarchJanFeb5th12\u202E🎉\0\u0301é".ToCharArray();
        var text = new StringBuilder();
        var dates = 0;
        for (var n = 0; n < 3000; n++)
        {
            text.Clear();
            var length = random.Next(0, DateReader.MaxLength + 1);
            for (var k = 0; k < length; k++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var reading = English.Read(text.ToString(), Today, dayFirst: random.Next(2) == 0);
            Assert.True(Enum.IsDefined(reading.Kind));
            dates += reading.Date is null ? 0 : 1;
        }

        Assert.InRange(dates, 1, 3000);
    }

    [Fact]
    public void Extreme_todays_do_not_throw()
    {
        Assert.Equal(DateReadingKind.NotADate, English.Read("3 days ago", DateOnly.MinValue, dayFirst: true).Kind);
        Assert.Equal(DateReadingKind.NotADate, English.Read("in 3 months", DateOnly.MaxValue, dayFirst: true).Kind);
        Assert.Equal(DateReadingKind.NoSuchDate, English.Read("5 March", DateOnly.MinValue, dayFirst: true).Kind);
    }

    [Fact]
    public void A_vocabulary_without_twelve_months_is_refused()
    {
        var broken = TestVocabularies.English with { MonthNames = [["january"]] };

        Assert.Throws<ArgumentException>(() => new DateReader(broken));
    }
}
