namespace DisputeBot.Dialog.Conversation;

/// <summary>Reading what the user typed or pressed, whatever the step.</summary>
internal sealed partial class DisputeConversation
{
    private void OnText(string raw)
    {
        var text = TextCleaner.Clean(raw, MaxTextLength);
        if (text.Length == 0)
        {
            if (_state.Step == DialogStep.New)
            {
                Begin();
                return;
            }

            Reprompt("reprompt.empty");
            return;
        }

        if (CommandReader.TryRead(text, out var command))
        {
            OnCommand(command);
            return;
        }

        if (_state.Step == DialogStep.New)
        {
            Begin();
            if (TextCleaner.IsGreeting(text))
            {
                return;
            }
        }

        // A pasted seller offer or a risky plan gets its warning wherever the user is; then the same question again.
        if (_kit.Text.DetectTrap(text) is { } trap)
        {
            _replies.Add(new TextReply(Cite(trap.Text), ReplyTone.Warning));
            _askDue = true;
            return;
        }

        var question = TextCleaner.LooksLikeQuestion(text);
        if (question && _kit.Text.MatchFaq(text) is { } asked)
        {
            Answer(asked);
            return;
        }

        if (AnswerStep(text))
        {
            return;
        }

        if (_kit.Text.MatchFaq(text) is { } faq)
        {
            Answer(faq);
            return;
        }

        Reprompt(question ? "reprompt.unknown_question" : "reprompt." + StepKey(_state.Step));
    }

    private void OnChoice(string choiceId, int? promptId)
    {
        if (GlobalChoice(choiceId))
        {
            return;
        }

        if (_state.Step == DialogStep.New)
        {
            Begin();
            return;
        }

        if (promptId is { } pressed && pressed != _state.PromptId)
        {
            Reprompt("reprompt.old_button");
            return;
        }

        if (!AnswerChoice(choiceId))
        {
            Reprompt("reprompt." + StepKey(_state.Step));
        }
    }

    /// <summary>Buttons that work from any message: help topics, restart, summary.</summary>
    private bool GlobalChoice(string choiceId)
    {
        if (choiceId.StartsWith(ChoiceIds.FaqPrefix, StringComparison.Ordinal))
        {
            var id = choiceId[ChoiceIds.FaqPrefix.Length..];
            var entry = _kit.Pack.Faq.FirstOrDefault(f => f.Id == id);
            if (entry is null)
            {
                return false;
            }

            if (_state.Step == DialogStep.New)
            {
                Begin();
            }

            Answer(entry);
            return true;
        }

        switch (choiceId)
        {
            case ChoiceIds.Restart:
                Restart();
                return true;
            case ChoiceIds.ShowSummary when _state.Step is not DialogStep.New and not DialogStep.Evidence:
                OnCommand(Command.Summary);
                return true;
            default:
                return false;
        }
    }

    private void Answer(Knowledge.FaqEntry entry)
    {
        _replies.Add(new TextReply(Cite(entry.Answer)));
        _askDue = true;
    }

    /// <summary>Replaces {rule:id} with the rule's number of days, so every number comes from rules.yaml.</summary>
    private string Cite(string text)
    {
        if (!text.Contains("{rule:", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            var start = text.IndexOf("{rule:", index, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start);
            if (start < 0 || end < 0)
            {
                builder.Append(text, index, text.Length - index);
                break;
            }

            builder.Append(text, index, start - index);
            var id = text[(start + 6)..end];
            builder.Append(_rules.Contains(id) ? _rules[id].Days.ToString(_kit.Culture) : text[start..(end + 1)]);
            index = end + 1;
        }

        return builder.ToString();
    }

    private static string StepKey(DialogStep step) => step switch
    {
        DialogStep.AskArrival => "arrival",
        DialogStep.AskProblem => "problem",
        DialogStep.ConfirmProblem => "problem",
        DialogStep.AskTimer => "timer",
        DialogStep.AskShippedOn => "date",
        DialogStep.AskDeliveredOn => "date",
        DialogStep.AskPaidOn => "date",
        DialogStep.AskDisputeOpened => "dispute_opened",
        DialogStep.AskPayment => "payment",
        DialogStep.ConfirmDate => "confirm_date",
        DialogStep.Evidence => "evidence",
        DialogStep.AskReturnCosts => "return_costs",
        DialogStep.Summary => "summary",
        _ => "generic",
    };
}
