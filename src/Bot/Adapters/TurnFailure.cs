using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Adapters;

/// <summary>
/// Reads an exception that ended a turn (<see cref="TurnErrorHandler"/>). Only a failure of the conversation's state
/// justifies deleting it: a dropped connection or a busy database says nothing about the dialog in progress, and
/// deleting it would lose what the user typed so far.
/// </summary>
public static class TurnFailure
{
    public static TurnFailureKind Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            AggregateException { InnerExceptions.Count: 1 } aggregate => Classify(aggregate.InnerExceptions[0]),
            // A dialog that failed on a passing fault is fine; otherwise its state is what failed.
            Dialogs.DialogFailedException { InnerException: { } inner } =>
                Classify(inner) is TurnFailureKind.Cancelled or TurnFailureKind.Transient ? Classify(inner) : TurnFailureKind.BrokenState,
            // HttpClient reports its own timeout as a cancellation wrapping a TimeoutException: that is a fault.
            OperationCanceledException { InnerException: TimeoutException } => TurnFailureKind.Transient,
            OperationCanceledException => TurnFailureKind.Cancelled,
            _ when IsTransient(exception) => TurnFailureKind.Transient,
            _ when IsBrokenState(exception) => TurnFailureKind.BrokenState,
            _ => TurnFailureKind.Unexpected,
        };
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        HttpRequestException or TimeoutException or IOException or SocketException => true,
        DbException db => db.IsTransient || IsSqliteBusy(db),
        ErrorResponseException { Response.StatusCode: var status } => IsRetryable(status),
        // Two turns of one conversation wrote its state at once (the SDK's ETag check): the next turn reads it again.
        ArgumentException when exception.Message.StartsWith("Etag conflict", StringComparison.OrdinalIgnoreCase) => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };

    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds the database for now.
    private static bool IsSqliteBusy(DbException db) =>
        db is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 };

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>
    /// State that cannot be deserialised or has the wrong shape (Newtonsoft, casts). A dialog that failed
    /// (<see cref="Dialogs.DialogFailedException"/>) counts too: it would fail the same way at every message.
    /// </summary>
    private static bool IsBrokenState(Exception exception) => exception switch
    {
        Newtonsoft.Json.JsonException or InvalidCastException => true,
        _ => false,
    };
}
