run "repository_name_too_long" {
  command = plan

  variables {
    repository_name = "this-repository-name-is-deliberately-much-longer-than-the-one-hundred-characters-the-module-allows-xyz"
  }

  expect_failures = [
    var.repository_name,
  ]
}
