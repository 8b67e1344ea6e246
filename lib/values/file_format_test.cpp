#include "values/file_format.hpp"

#include <gtest/gtest.h>

namespace cerslint::values {
namespace {

TEST(FileFormat, ForeignDelimiter) {
  EXPECT_EQ(foreign_delimiter("group_name;school_natural_id;school_year;subject_code;student_ssid;"
                              "group_user_login"),
            ';');
  EXPECT_EQ(foreign_delimiter("group_name\tschool_natural_id\tschool_year"), '\t');
  EXPECT_EQ(foreign_delimiter("\"Group_Name\" | \"school_natural_id\" | school_year"), '|');
  EXPECT_EQ(foreign_delimiter("group_name,school_natural_id,school_year;x"), 0);
  EXPECT_EQ(foreign_delimiter("group_name;school_natural_id"), 0);  // two names are not enough
  EXPECT_EQ(foreign_delimiter("name\tschool\tyear"), 0);
  EXPECT_EQ(delimiter_name('\t'), "tab");
}

TEST(FileFormat, HeaderNameIssue) {
  EXPECT_FALSE(header_name_issue("group_name"));
  EXPECT_FALSE(header_name_issue("group name"));
  EXPECT_FALSE(header_name_issue("notes"));
  auto i = header_name_issue("Group_Name");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->column, 0);
  EXPECT_TRUE(i->case_differs);
  EXPECT_FALSE(i->leading_space || i->trailing_space);
  i = header_name_issue(" school_year");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->column, 2);
  EXPECT_TRUE(i->leading_space);
  EXPECT_FALSE(i->trailing_space);
  EXPECT_FALSE(i->case_differs);
  i = header_name_issue("SUBJECT_CODE\t");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->column, 3);
  EXPECT_TRUE(i->trailing_space);
  EXPECT_TRUE(i->case_differs);
  i = header_name_issue("\xEF\xBB\xBF group_name");
  ASSERT_TRUE(i);
  EXPECT_TRUE(i->leading_space);
  EXPECT_FALSE(i->trailing_space);
}

TEST(FileFormat, ColumnLabel) {
  const std::array<int, 6> columns = {0, 1, 2, 3, 4, 5};
  EXPECT_EQ(column_label(columns, 4), "student_ssid");
  EXPECT_EQ(column_label(columns, 6), "column 7");
}

TEST(FileFormat, MysqlLoadedValue) {
  LoadedValue v;
  EXPECT_FALSE(mysql_loaded_value("Math/Science", v));
  ASSERT_TRUE(mysql_loaded_value("Math\\Science", v));
  EXPECT_EQ(v.kind, LoadedValue::Kind::kText);
  EXPECT_EQ(v.shown, "MathScience");
  EXPECT_EQ(v.first_escape, 'S');
  ASSERT_TRUE(mysql_loaded_value("a\\tb\\nc\\0d\\\\e\\Nf", v));
  EXPECT_EQ(v.shown, "a[tab]b[line break]c[NUL]d\\eNf");
  ASSERT_TRUE(mysql_loaded_value("\\N", v));
  EXPECT_EQ(v.kind, LoadedValue::Kind::kNull);
  ASSERT_TRUE(mysql_loaded_value("Period 4\\", v));
  EXPECT_EQ(v.kind, LoadedValue::Kind::kJoinsNext);
  EXPECT_EQ(v.first_escape, 0);
  ASSERT_TRUE(mysql_loaded_value("a\\\\", v));  // an escaped backslash at the end is text
  EXPECT_EQ(v.kind, LoadedValue::Kind::kText);
  EXPECT_EQ(v.shown, "a\\");
}

}  // namespace
}  // namespace cerslint::values
