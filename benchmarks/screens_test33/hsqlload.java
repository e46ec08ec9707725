import java.sql.*; import java.nio.file.*;
public class hsqlload { public static void main(String[] a) throws Exception {
  Connection c = DriverManager.getConnection(a[0], "SA", "");
  Statement s = c.createStatement();
  for (String q : new String(Files.readAllBytes(Paths.get(a[1]))).split(";\n")) { if (q.trim().length() > 0) s.execute(q); }
  s.execute("SHUTDOWN"); } }
