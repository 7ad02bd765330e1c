run "setup" {
  module {
    source = "./tests/setup"
  }
}

run "codecommit_with_kms" {
  variables {
    repository_name = "kms-test"
    kms_key_id      = run.setup.kms_key_id
  }

  assert {
    condition     = terraform_data.repository.output.kms_key_id == run.setup.kms_key_id
    error_message = "The repository must be encrypted with the key from the setup module."
  }
}
