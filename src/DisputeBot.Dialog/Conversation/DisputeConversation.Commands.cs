namespace DisputeBot.Dialog.Conversation;

/// <summary>/start, /help, /restart, /deadlines, /evidence, /summary, /reminders, /calendar, /forget, /human, /bot, /language: available at any step.</summary>
internal sealed partial class DisputeConversation
{
    /// <summary>Most help topics offered as buttons; the rest are found by asking in words.</summary>
    private const int MaxHelpTopics = 8;

    private void OnCommand(Command command)
    {
        switch (command)
        {
            case Command.Start when _state.Step == DialogStep.New:
                Begin();
                return;

            case Command.Start:
                _replies.Add(new TextReply(Text["greeting"]));
                if (_state.Arrival is not null || _state.CategoryId is not null)
                {
                    _replies.Add(new TextReply(Text["start.resume"]));
                }

                _askDue = true;
                return;

            case Command.Restart:
                Restart();
                return;

            case Command.Forget:
                _forget = true;
                _replies.Add(new TextReply(Text["forget.done"]));
                return;

            case Command.Human:
                OnHandoffAsked(HandoffReason.Asked);
                return;

            case Command.Language:
                OnLanguage(CommandReader.Argument(_turn.Input is TextInput typed ? typed.Text : string.Empty));
                return;
        }

        if (_state.Step == DialogStep.New)
        {
            Begin();
        }

        switch (command)
        {
            case Command.Help:
                _replies.Add(new TextReply(Text["help.text"]));
                var topics = _kit.Pack.Faq.Take(MaxHelpTopics).Select(f => new ReplyChoice(ChoiceIds.FaqPrefix + f.Id, ButtonLabel(f.Question))).ToArray();
                _replies.Add(new ChoicesReply(Text["help.topics"], topics, _state.PromptId));
                break;

            case Command.Deadlines:
                if (Group is null)
                {
                    _replies.Add(new TextReply(Text["deadlines.need_more"]));
                }
                else
                {
                    ShowDeadlines();
                }

                break;

            case Command.Evidence:
                _replies.Add(Checklist());
                break;

            case Command.Calendar:
                SendCalendar();
                break;

            case Command.Bot:
                // Outside a handoff: the buyer is already talking with the bot.
                _replies.Add(new TextReply(Text["handoff.not_active"]));
                break;

            case Command.Reminders:
                ListReminders();
                break;

            case Command.Summary:
                if (_state.Step != DialogStep.Summary)
                {
                    ShowSummary();
                }
                else
                {
                    _machine.Fire(DialogTrigger.Reprompt);
                }

                break;
        }

        _askDue = true;
    }
}
