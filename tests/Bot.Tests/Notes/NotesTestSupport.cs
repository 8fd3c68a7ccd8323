using Mednum49.Bot.Notes;
using Mednum49.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mednum49.Bot.Tests.Notes;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>A database file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    public TemporaryDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("notes-").FullName;
        Path = System.IO.Path.Combine(Folder, "bot.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public SqliteNoteStore NewStore(TimeProvider? time = null) =>
        new(new SqliteDatabase(Path), time ?? TimeProvider.System, NullLogger<SqliteNoteStore>.Instance);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

public static class People
{
    public static readonly NoteUser Marie = new("msteams", "29:marie", "6E1F9F0C-2E3A-4E4B-9C55-0A1B2C3D4E5F", "Marie Lefèvre", "marie.lefevre@exemple.fr");
    public static readonly NoteUser Paul = new("msteams", "29:paul", "0b9d7c1e-8f1a-4a3b-9d2e-1f2a3b4c5d6e", "Paul Bernard", "paul.bernard@exemple.fr");
    public static readonly NoteUser WebVisitor = new("webchat", "dl_visitor", DisplayName: "Visiteur");

    public static NoteDraft Draft(NoteUser author, string text, WorkingGroup? group = null, DateOnly? date = null, string conversation = "conv-1") =>
        new((group ?? RoadmapWorkingGroups.Benevoles).Id, text, date, author, conversation);
}
