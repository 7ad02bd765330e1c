variables {
  repository_name = "basic-test"
}

run "test_resource_creation" {
  command = plan

  assert {
    condition     = startswith(terraform_data.repository.input.repository_name, "my-repo-")
    error_message = "The repository name must start with my-repo-"
  }
}
