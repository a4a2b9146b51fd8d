package census.connector;

/** A file that is listed in the folder but could not be read (missing object, over the limit). */
public record ReadProblem(String file, String message) {}
