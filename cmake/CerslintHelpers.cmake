# Helpers shared by every CMakeLists.txt in the tree.

# cerslint_add_library(<module> SOURCES ... DEPS ...)
# Declares target cerslint_<module> with alias cerslint::<module>; headers are included as
# "<module>/<file>.hpp" relative to lib/.
function(cerslint_add_library module)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(cerslint_${module} STATIC ${ARG_SOURCES})
  add_library(cerslint::${module} ALIAS cerslint_${module})
  target_include_directories(cerslint_${module} PUBLIC ${PROJECT_SOURCE_DIR}/lib ${PROJECT_SOURCE_DIR})
  target_link_libraries(cerslint_${module} PUBLIC ${ARG_DEPS} PRIVATE cerslint_warnings)
endfunction()

# cerslint_add_test(<name> SOURCES ... DEPS ...)
# One GoogleTest executable registered with CTest; tests run from the source root so fixture
# paths are stable.
function(cerslint_add_test name)
  if(NOT CERSLINT_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main cerslint_warnings)
  # Test support headers are included by their path from the root (tools/cerslint/...).
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
  if(CERSLINT_TEST_SHARDS GREATER 0)
    # One process per shard instead of one per test: under ASan each process start costs about
    # 0.3 s, which for 1,400 tests was a third of the sanitizer suite's time.
    math(EXPR last "${CERSLINT_TEST_SHARDS} - 1")
    foreach(shard RANGE ${last})
      add_test(NAME ${name}/shard${shard} COMMAND ${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
      set_tests_properties(${name}/shard${shard} PROPERTIES ENVIRONMENT
        "CERSLINT_SOURCE_DIR=${PROJECT_SOURCE_DIR};GTEST_TOTAL_SHARDS=${CERSLINT_TEST_SHARDS};GTEST_SHARD_INDEX=${shard}")
    endforeach()
  else()
    gtest_discover_tests(${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} DISCOVERY_TIMEOUT 60
                         PROPERTIES ENVIRONMENT "CERSLINT_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  endif()
endfunction()
