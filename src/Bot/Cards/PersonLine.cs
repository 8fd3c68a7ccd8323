using Mednum49.Knowledge.Answering;

namespace Mednum49.Bot.Cards;

/// <summary>A contact: the name (shown in bold) and "organisation, role".</summary>
public sealed record PersonLine(string Name, string Details)
{
    public static PersonLine? From(AnswerPerson person)
    {
        var name = CardText.OneLine(person.Name);
        var details = string.Join(", ", new[] { person.Organisation, person.Role }.Select(CardText.OneLine).Where(d => d.Length > 0));
        return name.Length > 0 ? new PersonLine(name, details)
            : details.Length > 0 ? new PersonLine(details, "")
            : null;
    }
}
