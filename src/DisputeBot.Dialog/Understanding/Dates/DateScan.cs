namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>One reading of one folded text: walks the tokens left to right and returns the first date form that fits.</summary>
internal ref struct DateScan
{
    private const int MaxDays = 3660;
    private const int MaxMonths = 120;

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<DateToken> _tokens;
    private readonly DateWords _words;
    private readonly DateOnly _today;
    private readonly bool _dayFirst;
    private readonly bool _expectFuture;
    private readonly TimeSpan _timeOfDay;
    private int _saysLeft;

    // Where the last date found starts and ends (token indexes), and how its count was directed.
    private int _start;
    private int _end;
    private DateWordClass? _direction;
    private bool _atMost;
    private TimeSpan? _span;

    // The last date read at a month's name: a bare "the 6th" later in the message may be in that month.
    private DateOnly? _named;

    public DateScan(ReadOnlySpan<char> text, ReadOnlySpan<DateToken> tokens, DateWords words, DateOnly today, bool dayFirst, bool expectFuture)
        : this(text, tokens, words, today, TimeSpan.FromHours(12), dayFirst, expectFuture)
    {
    }

    public DateScan(
        ReadOnlySpan<char> text, ReadOnlySpan<DateToken> tokens, DateWords words, DateOnly today, TimeSpan timeOfDay, bool dayFirst, bool expectFuture)
    {
        _text = text;
        _tokens = tokens;
        _words = words;
        _today = today;
        _timeOfDay = timeOfDay;
        _dayFirst = dayFirst;
        _expectFuture = expectFuture;
        _saysLeft = -1;
    }

    /// <summary>Every date in the text, left to right, each with the word that says what it is (its role) and the
    /// direction of a count; returns how many were written to <paramref name="found"/>.</summary>
    public int ReadAll(Span<DateFound> found)
    {
        var count = 0;
        for (var i = 0; i < _tokens.Length && count < found.Length; i++)
        {
            _start = i;
            _end = i + 1;
            _direction = null;
            _atMost = false;
            _span = null;
            var at = i;
            if (SkipsUntilNow(ref i))
            {
                continue;
            }

            var reading = _tokens[i].Kind switch
            {
                DateTokenKind.Number => AtNumber(ref i),
                DateTokenKind.Word => AtWord(i),
                _ => null,
            };
            if (reading is null || reading.Kind == DateReadingKind.NotADate)
            {
                continue;
            }

            var start = Math.Min(_start, at);
            var end = Math.Max(_end, i + 1);
            found[count++] = new DateFound(reading, Role(start, end), _direction, _atMost, _span);
            i = Math.Max(i, end - 1);
        }

        return count;
    }

    public DateReading Read()
    {
        for (var i = 0; i < _tokens.Length; i++)
        {
            _start = i;
            _end = i + 1;
            var at = i;
            if (SkipsUntilNow(ref i))
            {
                continue;
            }

            var reading = _tokens[i].Kind switch
            {
                DateTokenKind.Number => AtNumber(ref i),
                DateTokenKind.Word => AtWord(i),
                _ => null,
            };
            if (reading is not null && reading.Kind != DateReadingKind.NotADate
                && Role(Math.Min(_start, at), Math.Max(_end, i + 1)) == DateWordClass.InTransit)
            {
                // "in transit since 12 nov": when tracking last moved, no answer to a date question.
                i = Math.Max(i, _end - 1);
                continue;
            }

            if (reading is not null)
            {
                return reading;
            }
        }

        return DateReading.NotADate;
    }

    /// <summary>"ordered in october and till today nothing": an "up to now" phrase is passed over whole, so its "today"
    /// is no date; moves <paramref name="i"/> to its last word.</summary>
    private readonly bool SkipsUntilNow(ref int i)
    {
        if (Phrase(i) is not { Class: DateWordClass.UntilNow, End: var end })
        {
            return false;
        }

        i = end - 1;
        return true;
    }

    private DateReading? AtNumber(ref int i)
    {
        var number = _tokens[i];
        if (number.Value < 0)
        {
            return null;
        }

        var start = i;
        var numeric = Numeric(ref i);
        if (numeric is not null || i != start)
        {
            return numeric;
        }

        if (number.Ordinal)
        {
            return OrdinalDay(i);
        }

        if (CountOf(i, i + 1, number.Value) is { } counted)
        {
            return counted;
        }

        // "12 more days": the direction word stands between the count and its unit.
        if (Phrase(i + 1) is { Class: DateWordClass.Ago or DateWordClass.Left or DateWordClass.In, End: var unitAt } between)
        {
            return CountOf(i, unitAt, number.Value, between: between.Class);
        }

        // "chegou dia 2", "pagué el día 5": the word for day before a bare number names that day of the month, as "the
        // 2nd" does. Not after a count ("3 dias 2"), and only with a word saying what the date is or as the whole
        // answer ("dia 2"), so "it's day 20 and nothing" stays no date.
        return number.Digits is 1 or 2 && i >= 1 && Phrase(i - 1) is { Class: DateWordClass.Day, End: var dayEnd } && dayEnd == i
            && !IsNumber(i - 2) && (Role(i - 1, i + 1) is not null || (i == 1 && EndsClause(i)))
            ? OrdinalDay(i, afterDayWord: true)
            : null;
    }

    private DateReading? AtWord(int i)
    {
        var (wordClass, value, end) = Phrase(i);
        switch (wordClass)
        {
            case DateWordClass.Today:
                return new DateReading(DateReadingKind.Date, _today);
            case DateWordClass.Ago or DateWordClass.In when DayBeside(i) is { } twoDays:
                // "avant-hier", "après-demain": the direction word itself before yesterday or tomorrow.
                _end = twoDays.End;
                return Relative(DateReadingKind.Date, twoDays.Days);
            case DateWordClass.Yesterday:
                return Relative(DateReadingKind.Date, -1);
            case DateWordClass.DayBeforeYesterday:
                return Relative(DateReadingKind.Date, -2);
            case DateWordClass.Tomorrow:
                return Relative(DateReadingKind.Date, 1);
            case DateWordClass.MonthName:
                return Named(i, end, value);
            case DateWordClass.Weekday:
                return Weekday(i, end, value);
            case DateWordClass.Number:
                // "twelve days left", "a couple of days ago".
                var unitAt = Unit(end) is not null ? end : IsShortWord(end) && Unit(end + 1) is not null ? end + 1 : -1;
                return unitAt < 0 ? null : CountOf(i, unitAt, value);
            case DateWordClass.Day or DateWordClass.Week or DateWordClass.Month or DateWordClass.Hour:
                // "a week ago", "in a month": a unit without a number counts one, if a direction word goes with it.
                // After a number the number was the count, and it was refused (too long, an ordinal).
                if (IsNumber(i - 1) || (IsNumber(i - 2) && IsDirection(i - 1)))
                {
                    return null;
                }

                var countStart = i > 0 && IsShortWord(i - 1) ? i - 1 : i;
                if (wordClass == DateWordClass.Day && DayBeside(end) is { } beside)
                {
                    // "the day before yesterday", "the day after tomorrow".
                    _start = countStart;
                    _end = beside.End;
                    return Relative(DateReadingKind.Date, beside.Days);
                }

                return CountOf(countStart, i, 1, needsDirection: true);
            case null when NextToNumber(i) && _words.FuzzyMonth(Span(i)) is > 0 and var month:
                return Named(i, i + 1, month);
            default:
                return null;
        }
    }

    /// <summary>05/03, 05/03/2026, 5.3.2026, 05-03-26, 2026-03-05, 2026/03/05. Moves <paramref name="i"/> past
    /// what it consumed; null when the numbers are not shaped like a date.</summary>
    private DateReading? Numeric(ref int i)
    {
        var start = i;
        var first = _tokens[i];
        if (first.Ordinal || !Joined(i, out var separator))
        {
            return null;
        }

        if (separator == ':')
        {
            // A clock time (10:30, 05:33:10), not a date.
            while (JoinedBy(i, ':'))
            {
                i += 2;
            }

            return null;
        }

        var second = _tokens[i + 2];
        var last = i + 2;
        DateToken? third = null;
        if (JoinedBy(last, separator))
        {
            third = _tokens[last + 2];
            last += 2;
            if (JoinedBy(last, separator))
            {
                // 1/2/3/4…: an id, an address or a version, not a date; skip the whole chain.
                while (JoinedBy(last, separator))
                {
                    last += 2;
                }

                i = last;
                return null;
            }
        }

        if (Unit(last + 1) is not null)
        {
            // "1-2 weeks": a range of counts.
            return null;
        }

        if (third is null && separator is '.' or ',' && (IsMoneyWord(last + 1) || SignBefore(start) || first.Value > 31 || second.Value > 31))
        {
            // (Or "49.99", "12.99": no day or month is over 31, so only a price is left.)
            // "12.30 eur", "$12.30": a price; the currency beside it decides.
            i = last;
            return null;
        }

        i = last;
        if (first.Digits == 4)
        {
            return third is { Digits: <= 2 } day && second.Digits <= 2 ? ExactReading(first.Value, second.Value, day.Value) : null;
        }

        if (first.Digits > 2 || second.Digits > 2)
        {
            return null;
        }

        int? year = third switch
        {
            null => null,
            { Digits: 4 } y => y.Value,
            { Digits: 2 } y => 2000 + y.Value,
            _ => -1,
        };
        if (year == -1)
        {
            return null;
        }

        var future = Future(start);
        var (dayOfPreferred, monthOfPreferred) = _dayFirst ? (first.Value, second.Value) : (second.Value, first.Value);
        var preferred = Make(year, monthOfPreferred, dayOfPreferred, future);
        var other = Make(year, dayOfPreferred, monthOfPreferred, future);
        if (preferred is { } date && other is { } alternative && first.Value != second.Value)
        {
            return new DateReading(DateReadingKind.Ambiguous, date, alternative);
        }

        return (preferred ?? other) is { } only ? new DateReading(DateReadingKind.Date, only) : DateReading.NoSuchDate;
    }

    /// <summary>A month name at <paramref name="monthAt"/> (ending before <paramref name="monthEnd"/>) with its day:
    /// "5 March", "5. März", "March 5th", "5th of March", "5 de marzo de 2026", "March 5, 2026".</summary>
    private DateReading? Named(int monthAt, int monthEnd, int month)
    {
        int dayAt;
        var yearFrom = SkipDot(monthEnd);
        if (IsDayNumber(monthAt - 1))
        {
            dayAt = monthAt - 1;
        }
        else if (IsSeparator(monthAt - 1, '.') && IsDayNumber(monthAt - 2) && _tokens[monthAt - 2].End == _tokens[monthAt - 1].Start)
        {
            dayAt = monthAt - 2;
        }
        else if (IsDayNumber(yearFrom) && Unit(yearFrom + 1) is null)
        {
            dayAt = yearFrom;
            yearFrom++;
        }
        else if (IsShortWord(monthAt - 1) && IsDayNumber(monthAt - 2))
        {
            dayAt = monthAt - 2;
        }
        else
        {
            return null;
        }

        if (IsShortWord(yearFrom) && IsYear(yearFrom + 1))
        {
            yearFrom++;
        }

        int? year = IsYear(yearFrom) ? _tokens[yearFrom].Value : null;
        _start = Math.Min(dayAt, monthAt);
        _end = Math.Max(year is null ? Math.Max(dayAt, monthEnd - 1) + 1 : yearFrom + 1, monthEnd);
        if (Make(year, month, _tokens[dayAt].Value, Future(Math.Min(dayAt, monthAt))) is not { } date)
        {
            return DateReading.NoSuchDate;
        }

        _named = date;
        return new DateReading(DateReadingKind.Date, date);
    }

    /// <summary>A count of a unit: "3 days ago", "2 weeks ago", "12 days left", "in 12 days", "12 days", "a week ago",
    /// "19 hours left", and chains of them: "1 week 2 days", "3 days and 4 hours", the order page's "12d 05:33:10".
    /// <paramref name="count"/> starts at <paramref name="countAt"/>, the unit at <paramref name="unitAt"/>.</summary>
    private DateReading? CountOf(int countAt, int unitAt, int count, bool needsDirection = false, DateWordClass? between = null)
    {
        if (count < 0 || Unit(unitAt) is not { } unit)
        {
            return null;
        }

        long days = 0;
        long hours = 0;
        long minutes = 0;
        long months = 0;
        var chainEnd = Add(unit.Class, count * unit.Per, unit.End, ref days, ref hours, ref months);
        if (chainEnd < 0)
        {
            return DateReading.NotADate;
        }

        chainEnd = Chain(chainEnd, unit.Class, ref days, ref hours, ref minutes, ref months);
        if (chainEnd < 0)
        {
            return DateReading.NotADate;
        }

        var atMost = LessThanBefore(countAt);
        var direction = between ?? Direction(countAt, chainEnd);
        if (direction is null && needsDirection && !atMost)
        {
            return null;
        }

        _start = countAt;
        _end = direction is DateWordClass.Ago or DateWordClass.Left && Phrase(chainEnd) is { Class: { } c, End: var after } && c == direction
            ? after
            : chainEnd;
        _direction = direction;
        _atMost = atMost;
        var sign = direction == DateWordClass.Ago ? -1 : 1;
        var span = TimeSpan.FromDays(days) + TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);
        DateOnly? shifted;
        if (hours == 0 && minutes == 0)
        {
            shifted = months == 0 ? Shift((int)(sign * days)) : ShiftMonths((int)(sign * months)) is { } m ? Add(m, (int)(sign * days)) : null;
        }
        else
        {
            // Hours count from now: "19 hours left" at 8 pm ends tomorrow.
            var moment = _today.ToDateTime(TimeOnly.MinValue) + _timeOfDay;
            var target = moment.Ticks + (sign * span.Ticks);
            shifted = target < DateTime.MinValue.Ticks || target > DateTime.MaxValue.Ticks
                ? null
                : DateOnly.FromDateTime(new DateTime(target).AddMonths((int)(sign * months)));
        }

        if (shifted is not { } date)
        {
            return DateReading.NotADate;
        }

        if (months > 0)
        {
            span += TimeSpan.FromDays(Math.Abs(date.DayNumber - _today.DayNumber)) - TimeSpan.FromDays(days);
        }

        _span = span;
        if (sign < 0)
        {
            return new DateReading(DateReadingKind.Date, date);
        }

        if (atMost)
        {
            // "less than a day left": it may end any time from now; the buyer-safe day is today.
            return new DateReading(DateReadingKind.DaysLeft, _today, Days: 0);
        }

        return new DateReading(DateReadingKind.DaysLeft, date, Days: date.DayNumber - _today.DayNumber);
    }

    /// <summary>Adds one count of a unit; returns the unit's end, or -1 when the count is too long to be a date.</summary>
    private static int Add(DateWordClass unit, int count, int unitEnd, ref long days, ref long hours, ref long months)
    {
        switch (unit)
        {
            case DateWordClass.Week:
                days += 7L * count;
                break;
            case DateWordClass.Month:
                months += count;
                break;
            case DateWordClass.Hour:
                hours += count;
                break;
            default:
                days += count;
                break;
        }

        return days + (hours / 24) > MaxDays || months > MaxMonths ? -1 : unitEnd;
    }

    /// <summary>More counts after the first ("1 week 2 days", "3 days and 4 hours", "12d 05:33:10"); returns the end.</summary>
    private readonly int Chain(int at, DateWordClass first, ref long days, ref long hours, ref long minutes, ref long months)
    {
        for (var guard = 0; guard < 4; guard++)
        {
            // "wait another 2 weeks, 5 days left on the timer": a comma ends the chain; two spans, two meanings.
            if (at < _tokens.Length && _tokens[at].ClauseStart)
            {
                return at;
            }

            var from = IsShortWord(at) && !IsNumber(at) ? at + 1 : at;
            if (IsNumber(from) && !_tokens[from].Ordinal && _tokens[from].Value >= 0)
            {
                if (Unit(from + 1) is { } next)
                {
                    at = Add(next.Class, _tokens[from].Value * next.Per, next.End, ref days, ref hours, ref months);
                    if (at < 0)
                    {
                        return -1;
                    }

                    continue;
                }

                if (first == DateWordClass.Day && from == at && JoinedBy(from, ':'))
                {
                    // The order page's "12d 05:33:10": hours, minutes (and seconds) after the days.
                    hours += _tokens[from].Value;
                    minutes += _tokens[from + 2].Value;
                    at = from + 3;
                    while (JoinedBy(at - 1, ':'))
                    {
                        at += 2;
                    }

                    return at;
                }

                return at;
            }

            if (Phrase(from) is { Class: DateWordClass.Number, Value: var value, End: var numberEnd } && Unit(numberEnd) is { } unit)
            {
                at = Add(unit.Class, value * unit.Per, unit.End, ref days, ref hours, ref months);
                if (at < 0)
                {
                    return -1;
                }

                continue;
            }

            return at;
        }

        return at;
    }

    private readonly bool LessThanBefore(int countAt)
    {
        for (var start = countAt - 1; start >= 0 && start >= countAt - 3; start--)
        {
            if (Phrase(start) is { Class: DateWordClass.LessThan, End: var end } && end == countAt)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"before yesterday" (2 days back) or "after tomorrow" (2 days ahead) at <paramref name="at"/>.</summary>
    private readonly (int Days, int End)? DayBeside(int at) => Phrase(at) switch
    {
        { Class: DateWordClass.Ago, End: var e } when Phrase(e) is { Class: DateWordClass.Yesterday, End: var end } => (-2, end),
        { Class: DateWordClass.In, End: var e } when Phrase(e) is { Class: DateWordClass.Tomorrow, End: var end } => (2, end),
        _ => null,
    };

    /// <summary>"last Friday", "on tuesday": the most recent such day before today (the next one after today when a
    /// future date is expected).</summary>
    private DateReading? Weekday(int at, int end, int isoDay)
    {
        if (DayAndMonthWithin(end, 4))
        {
            // "Sat 19 Dec", "Saturday, December 19th": the day and month say the date; the weekday only repeats it.
            return null;
        }

        _start = at;
        _end = end;
        var dayAt = IsDayNumber(end) ? end : IsShortWord(end) && IsDayNumber(end + 1) ? end + 1 : -1;
        // A plain number counts only as "the 28" or at the end of its sentence part ("monday 3 items missing" is no date).
        if (dayAt >= 0 && (_tokens[dayAt].Ordinal || dayAt == end + 1 || EndsClause(dayAt)) && !JoinedAny(dayAt) && Unit(dayAt + 1) is null
            && DayOnWeekday(_tokens[dayAt].Value, isoDay, Future(at)) is { } dated)
        {
            // "saturday the 28th": the 28th that falls on a Saturday, not the last Saturday.
            _end = dayAt + 1;
            return new DateReading(DateReadingKind.Date, dated);
        }

        var today = (int)_today.DayOfWeek == 0 ? 7 : (int)_today.DayOfWeek;
        if (Future(at))
        {
            var ahead = ((isoDay - today + 7) % 7) is 0 ? 7 : (isoDay - today + 7) % 7;
            return Relative(DateReadingKind.Date, ahead);
        }

        var back = ((today - isoDay + 7) % 7) is 0 ? 7 : (today - isoDay + 7) % 7;
        return Relative(DateReadingKind.Date, -back);
    }

    /// <summary>The nearest day <paramref name="day"/> of a month, back from today (ahead when <paramref name="future"/>),
    /// that falls on <paramref name="isoDay"/>; null when none within a year.</summary>
    private readonly DateOnly? DayOnWeekday(int day, int isoDay, bool future)
    {
        var month = new DateOnly(_today.Year, _today.Month, 1);
        for (var tries = 0; tries < 13; tries++)
        {
            if (day >= 1 && day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                var date = new DateOnly(month.Year, month.Month, day);
                var iso = (int)date.DayOfWeek == 0 ? 7 : (int)date.DayOfWeek;
                if (iso == isoDay && (future ? date >= _today : date <= _today))
                {
                    return date;
                }
            }

            month = month.AddMonths(future ? 1 : -1);
        }

        return null;
    }

    /// <summary>Token <paramref name="i"/> is part of a numeric date or time (12/05, 10:30).</summary>
    private readonly bool JoinedAny(int i) => Joined(i, out _) || (i >= 2 && Joined(i - 2, out _));

    /// <summary>A day number and a month name both within <paramref name="window"/> tokens from <paramref name="from"/>.</summary>
    private readonly bool DayAndMonthWithin(int from, int window)
    {
        var day = false;
        var month = false;
        for (var k = from; k < _tokens.Length && k < from + window; k++)
        {
            day |= IsDayNumber(k);
            month |= Phrase(k).Class == DateWordClass.MonthName || (_tokens[k].Kind == DateTokenKind.Word && _words.FuzzyMonth(Span(k)) > 0);
        }

        return day && month;
    }

    /// <summary>"paid on the 2nd": a day of the month alone counts only with a word that says what the date is or at the
    /// end of its sentence part ("it was actually the 3rd"), and not when a month follows (that is read at the month's name).</summary>
    private DateReading? OrdinalDay(int at, bool afterDayWord = false)
    {
        var day = _tokens[at].Value;
        if (_tokens[at].Spelled || day is < 1 or > 31 || !(afterDayWord || IsShortWord(at - 1))
            || (Role(at, at + 1) is null && !EndsClause(at) && !afterDayWord)
            || Phrase(at + 1).Class == DateWordClass.MonthName || (IsShortWord(at + 1) && Phrase(at + 2).Class == DateWordClass.MonthName)
            || _words.FuzzyMonth(NextWord(at)) > 0)
        {
            return null;
        }

        var future = Future(at);
        if (!future && _named is { } named && Exact(named.Year, named.Month, day) is { } sameMonth && sameMonth > named && sameMonth <= _today)
        {
            // "bought 3rd nov, shipped the 6th": the month named for the earlier date.
            return new DateReading(DateReadingKind.Date, sameMonth);
        }

        var month = new DateOnly(_today.Year, _today.Month, 1);
        for (var tries = 0; tries < 3; tries++)
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                var date = new DateOnly(month.Year, month.Month, day);
                if (future ? date >= _today : date <= _today)
                {
                    return new DateReading(DateReadingKind.Date, date);
                }
            }

            month = month.AddMonths(future ? 1 : -1);
        }

        return null;
    }

    /// <summary>"it was actually the 3rd": an ordinal that ends its sentence part names a day even without a role word
    /// ("the 3rd one" does not).</summary>
    private readonly bool EndsClause(int at) => at + 1 >= _tokens.Length || _tokens[at + 1].ClauseStart;

    private readonly ReadOnlySpan<char> NextWord(int at) =>
        at + 1 < _tokens.Length && _tokens[at + 1].Kind == DateTokenKind.Word ? Span(at + 1) : [];

    /// <summary>The word that says what the date between <paramref name="start"/> and <paramref name="end"/> is: the
    /// nearest before it in the same part of the sentence, else the nearest after it. "ended" beats "timer".</summary>
    internal readonly DateWordClass? Role(int start, int end)
    {
        DateWordClass? role = null;
        var roleAt = -1;
        for (var k = start - 1; k >= 0 && !_tokens[k + 1].ClauseStart && role is null; k--)
        {
            if (RoleAt(k, start) is { } c && (Phrase(k).End <= start || Phrase(k).Class is null))
            {
                role = c;
                roleAt = k;
            }
        }

        for (var k = end; k < _tokens.Length && !_tokens[k].ClauseStart && role is null; k++)
        {
            if (RoleAt(k, start) is { } c)
            {
                role = c;
            }
        }

        // "seller asks to extend the protection 20 days": a span the seller asks for is not the countdown.
        return role switch
        {
            DateWordClass.Timer when roleAt > 0 && SellerWaitJustBefore(roleAt) => DateWordClass.SellerWait,
            DateWordClass.Timer when ClauseHas(start, DateWordClass.TimerEnded) => DateWordClass.TimerEnded,
            _ => role,
        };
    }

    /// <summary>"extend the protection", "an extension of protection": the timer word is what the seller asks to stretch.</summary>
    private readonly bool SellerWaitJustBefore(int at)
    {
        for (var k = at - 1; k >= Math.Max(0, at - 3) && !_tokens[k + 1].ClauseStart; k--)
        {
            if (Phrase(k).Class == DateWordClass.SellerWait)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role word at token <paramref name="k"/>, as written or one typo away ("recieved", "shiped").</summary>
    private readonly DateWordClass? RoleAt(int k, int dateStart)
    {
        var phrase = Phrase(k);
        DateWordClass? role = phrase is { Class: { } c }
            ? (c >= DateWordClass.Shipped ? c : null)
            : _tokens[k].Kind == DateTokenKind.Word ? _words.FuzzyRole(Span(k)) : null;

        // "paid 30 dollars", "paid $30": a paying word with an amount after it tells the price, not the day; a date
        // after that amount is still the day of paying ("paid 19 bucks by card on nov 20").
        var amountAt = Math.Max(phrase.End, k + 1);
        return role == DateWordClass.Paid && amountAt >= dateStart && AmountAt(amountAt) ? null : role;
    }

    /// <summary>A number at token <paramref name="at"/> that starts no date: not an ordinal, not followed by a date
    /// separator, a month or a unit of time ("30 dollars", "30" at the end, not "30 nov", "30/11", "30 days ago").</summary>
    private readonly bool AmountAt(int at)
    {
        if (at >= _tokens.Length || _tokens[at] is not { Kind: DateTokenKind.Number, Ordinal: false } || _tokens[at].ClauseStart)
        {
            return false;
        }

        var next = at + 1;
        if (next >= _tokens.Length || _tokens[next].ClauseStart)
        {
            return true;
        }

        return _tokens[next].Kind == DateTokenKind.Word
            && Phrase(next).Class is not (DateWordClass.MonthName or DateWordClass.Day or DateWordClass.Week or DateWordClass.Month
                or DateWordClass.Hour or DateWordClass.Ago or DateWordClass.Left or DateWordClass.Ordinal);
    }

    private readonly bool ClauseHas(int at, DateWordClass wordClass)
    {
        var first = at;
        while (first > 0 && !_tokens[first].ClauseStart)
        {
            first--;
        }

        for (var k = first; k < _tokens.Length && (k == first || !_tokens[k].ClauseStart); k++)
        {
            if (Phrase(k).Class == wordClass)
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? Add(DateOnly date, int days)
    {
        var dayNumber = (long)date.DayNumber + days;
        return dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber ? null : DateOnly.FromDayNumber((int)dayNumber);
    }

    private readonly DateReading Relative(DateReadingKind kind, int days) =>
        Shift(days) is { } date ? new DateReading(kind, date) : DateReading.NotADate;

    /// <summary>Today + <paramref name="days"/>; null past the calendar's ends.</summary>
    private readonly DateOnly? Shift(int days)
    {
        var dayNumber = (long)_today.DayNumber + days;
        return dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber ? null : DateOnly.FromDayNumber((int)dayNumber);
    }

    private readonly DateOnly? ShiftMonths(int months)
    {
        var target = (_today.Year * 12L) + _today.Month - 1 + months;
        return target < 12 || target >= 10000 * 12 ? null : _today.AddMonths(months);
    }

    /// <summary>Ago, Left or In around a count: a phrase right after the unit ("3 days ago", "12 days left") or one
    /// ending right before the count ("in 12 days", "il y a 3 jours", "hace 3 días").</summary>
    private readonly DateWordClass? Direction(int countAt, int unitEnd)
    {
        if (Phrase(unitEnd) is { Class: DateWordClass.Ago or DateWordClass.Left or DateWordClass.In } after)
        {
            return after.Class;
        }

        for (var start = countAt - 1; start >= 0 && start >= countAt - 4; start--)
        {
            if (Phrase(start) is { Class: DateWordClass.Ago or DateWordClass.Left or DateWordClass.In } before && before.End == countAt)
            {
                return before.Class;
            }
        }

        return null;
    }

    /// <summary>Whether a date without a year lies ahead: the caller expects it, the text says "left", or "in" starts it.</summary>
    private bool Future(int dateStart)
    {
        switch (Role(dateStart, dateStart + 1))
        {
            case DateWordClass.Timer:
                return true;
            case DateWordClass.Shipped or DateWordClass.Delivered or DateWordClass.Paid or DateWordClass.TimerEnded or DateWordClass.DisputeOpened
                or DateWordClass.InTransit:
                return false;
        }

        for (var k = dateStart - 1; k >= 0 && k >= dateStart - 2; k--)
        {
            if (Phrase(k) is { Class: DateWordClass.Since })
            {
                // "since 12 nov", "since last friday": when something began, so past.
                return false;
            }
        }

        if (_expectFuture)
        {
            return true;
        }

        if (_saysLeft < 0)
        {
            _saysLeft = 0;
            for (var i = 0; i < _tokens.Length; i++)
            {
                if (Phrase(i) is { Class: DateWordClass.Left })
                {
                    _saysLeft = 1;
                    break;
                }
            }
        }

        return _saysLeft == 1 || (dateStart > 0 && Phrase(dateStart - 1) is { Class: DateWordClass.In, End: var end } && end == dateStart);
    }

    /// <summary>The date, with the year inferred when missing; null when no such day exists.</summary>
    private readonly DateOnly? Make(int? year, int month, int day, bool future)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        if (year is { } given)
        {
            return Exact(given, month, day);
        }

        var inferred = _today.Year;
        var comparison = (month * 32) + day - ((_today.Month * 32) + _today.Day);
        if (!future && comparison > 0)
        {
            inferred--;
        }
        else if (future && comparison < 0)
        {
            inferred++;
        }

        return Exact(inferred, month, day);
    }

    private static DateOnly? Exact(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static DateReading ExactReading(int year, int month, int day) =>
        Exact(year, month, day) is { } date ? new DateReading(DateReadingKind.Date, date) : DateReading.NoSuchDate;

    /// <summary>The longest vocabulary phrase starting at token <paramref name="i"/>, if any.</summary>
    private readonly (DateWordClass? Class, int Value, int End) Phrase(int i)
    {
        if (i < 0 || i >= _tokens.Length || _tokens[i].Kind != DateTokenKind.Word || !_words.TryGet(Span(i), out var phrases))
        {
            return (null, 0, i);
        }

        (DateWordClass? Class, int Value, int End) best = (null, 0, i);
        foreach (var phrase in phrases)
        {
            var end = i + 1 + phrase.Rest.Length;
            if (end <= best.End || end > _tokens.Length)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < phrase.Rest.Length && matches; k++)
            {
                var token = _tokens[i + 1 + k];
                matches = token.Kind == DateTokenKind.Word && Span(i + 1 + k).SequenceEqual(phrase.Rest[k]);
            }

            if (matches)
            {
                best = (phrase.Class, phrase.Value, end);
            }
        }

        return best;
    }

    /// <summary>The unit at token <paramref name="i"/>, how many of it the word counts (a fortnight is 2 weeks) and
    /// its end; a word one typo from a unit ("dyas", "weeeks") counts too, since only words after a count are asked.</summary>
    private readonly (DateWordClass Class, int End, int Per)? Unit(int i)
    {
        if (Phrase(i) is { Class: { } unit and (DateWordClass.Day or DateWordClass.Week or DateWordClass.Month or DateWordClass.Hour), Value: var per, End: var end })
        {
            return (unit, end, Math.Max(per, 1));
        }

        return i >= 0 && i < _tokens.Length && _tokens[i].Kind == DateTokenKind.Word && Phrase(i).Class is null
            && _words.FuzzyUnit(Span(i)) is { } fuzzy
            ? (fuzzy, i + 1, 1)
            : null;
    }

    private readonly bool IsMoneyWord(int i) => i < _tokens.Length && _tokens[i].Kind == DateTokenKind.Word && _words.IsMoneyUnit(Span(i));

    /// <summary>A currency sign just before the token at <paramref name="i"/> ("$12.30", "€ 12,30").</summary>
    private readonly bool SignBefore(int i)
    {
        var at = _tokens[i].Start - 1;
        while (at >= 0 && _text[at] == ' ')
        {
            at--;
        }

        return at >= 0 && _text[at] is '$' or '€' or '£' or '₽';
    }

    private readonly ReadOnlySpan<char> Span(int i) => _text.Slice(_tokens[i].Start, _tokens[i].Length);

    /// <summary>Token <paramref name="i"/> is a number directly followed by a separator and another number.</summary>
    private readonly bool Joined(int i, out char separator)
    {
        separator = default;
        if (i + 2 >= _tokens.Length || _tokens[i + 1].Kind != DateTokenKind.Separator || _tokens[i + 2].Kind != DateTokenKind.Number
            || _tokens[i].End != _tokens[i + 1].Start || _tokens[i + 1].End != _tokens[i + 2].Start || _tokens[i + 2].Value < 0)
        {
            return false;
        }

        separator = _tokens[i + 1].Separator;
        return true;
    }

    private readonly bool JoinedBy(int i, char separator) => Joined(i, out var found) && found == separator;

    private readonly bool IsNumber(int i) => i >= 0 && i < _tokens.Length && _tokens[i].Kind == DateTokenKind.Number;

    private readonly bool IsDirection(int i) =>
        Phrase(i) is { Class: DateWordClass.Ago or DateWordClass.Left or DateWordClass.In, End: var end } && end == i + 1;

    private readonly bool IsDayNumber(int i) =>
        i >= 0 && i < _tokens.Length && _tokens[i] is { Kind: DateTokenKind.Number, Digits: 1 or 2 };

    private readonly bool IsYear(int i) =>
        i >= 0 && i < _tokens.Length && _tokens[i] is { Kind: DateTokenKind.Number, Digits: 4, Ordinal: false };

    private readonly bool IsSeparator(int i, char separator) =>
        i >= 0 && i < _tokens.Length && _tokens[i].Kind == DateTokenKind.Separator && _tokens[i].Separator == separator;

    /// <summary>A short word that may stand between a day and its month or year ("of", "de") or before a unit ("a").</summary>
    private readonly bool IsShortWord(int i) =>
        i >= 0 && i < _tokens.Length && _tokens[i] is { Kind: DateTokenKind.Word, Length: <= 3 } && Phrase(i).Class is null;

    private readonly int SkipDot(int i) => IsSeparator(i, '.') ? i + 1 : i;

    /// <summary>Only words next to a day number are compared with month names for typos (keeps it cheap).</summary>
    private readonly bool NextToNumber(int i) =>
        IsDayNumber(i - 1) || IsDayNumber(SkipDot(i + 1)) || (IsDayNumber(i - 2) && (IsShortWord(i - 1) || IsSeparator(i - 1, '.')));
}
