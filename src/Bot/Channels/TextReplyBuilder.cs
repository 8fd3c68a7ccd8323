namespace Mednum49.Bot.Channels;

/// <summary>Assembles a text reply block by block in one <see cref="TextMarkup"/>; all given text is escaped.</summary>
public sealed class TextReplyBuilder(TextMarkup markup)
{
    private readonly List<string> _blocks = [];

    public TextMarkup Markup => markup;

    public TextReplyBuilder Heading(string text) => Add(markup.Bold(text));

    public TextReplyBuilder Label(string text) => Add(markup.Label(text));

    public TextReplyBuilder Paragraph(string text) => Add(markup.Literal(text));

    public TextReplyBuilder Subtle(string text) => Add(markup.Subtle(text));

    /// <summary>A bulleted list of lines already marked up (escape them with the <see cref="Markup"/>).</summary>
    public TextReplyBuilder Bullets(IEnumerable<string> markedUpLines) =>
        Add(string.Join('\n', markedUpLines.Select(markup.Bullet)));

    /// <summary>A numbered list (1., 2., …) of lines already marked up.</summary>
    public TextReplyBuilder Numbered(IEnumerable<string> markedUpLines) =>
        Add(string.Join('\n', markedUpLines.Select((line, i) => markup.Numbered(i + 1, line))));

    public string Build() => string.Join(markup.BlockSeparator, _blocks);

    private TextReplyBuilder Add(string block)
    {
        if (block.Length > 0)
        {
            _blocks.Add(block);
        }

        return this;
    }
}
